// Saved sessions and `exec resume` through `dist/cli.js` (issue 16 item 4, issue 15): every run is
// written as a Codex rollout under $CODEX_HOME/sessions, and `resume --last` / `resume ID`
// continue it with the earlier turns in the model's request.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { execHarness, jsonEvents } from './exec-process.js'
import type { ExecHarness } from './exec-process.js'

let harness: ExecHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** First run: one command, then an answer; every later request gets a plain answer. */
const SCRIPT = (_request: unknown, index: number): ScriptedTurn =>
  index === 0
    ? { calls: [{ name: 'shell', arguments: { command: ['bash', '-c', 'echo marker-from-first-run'] } }] }
    : { text: index === 1 ? 'First answer.' : `Answer ${index}.` }

function rollouts(h: ExecHarness): string[] {
  const dir = path.join(h.codexHome, 'sessions')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => path.join(dir, name))
}

function lines(file: string): { type: string; payload: Record<string, unknown> }[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; payload: Record<string, unknown> })
}

/** The chat messages of one request to the model. */
function messages(h: ExecHarness, index: number): { role: string; content?: string | null }[] {
  return (h.model.requests[index]?.body as { messages: { role: string; content?: string | null }[] }).messages
}

async function firstRun(): Promise<{ h: ExecHarness; id: string }> {
  harness = await execHarness(SCRIPT)
  const h = harness
  const run = await h.exec(['--cd', h.dir, '-s', 'workspace-write', '--json', 'First task.'])
  expect(run.code).toBe(0)
  const started = jsonEvents(run.stdout)[0] as { type: string; thread_id: string }
  expect(started.type).toBe('thread.started')
  return { h, id: started.thread_id }
}

describe('saved sessions', () => {
  it("writes a Codex rollout named by date and the thread id that --json's thread.started carries", async () => {
    const { h, id } = await firstRun()
    const files = rollouts(h)
    expect(files).toHaveLength(1)
    const relative = path.relative(path.join(h.codexHome, 'sessions'), files[0]!)
    expect(relative).toMatch(
      new RegExp(`^\\d{4}/\\d{2}/\\d{2}/rollout-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-${id}\\.jsonl$`),
    )
    const entries = lines(files[0]!)
    expect(entries[0]).toMatchObject({ type: 'session_meta', payload: { id, cwd: h.dir, source: 'exec' } })
    expect(entries.map((entry) => entry.type)).toContain('turn_context')
    const items = entries.filter((entry) => entry.type === 'response_item').map((entry) => entry.payload)
    expect(items).toContainEqual({
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: 'First task.' }],
    })
    expect(items.map((item) => item.type)).toEqual(
      expect.arrayContaining(['function_call', 'function_call_output']),
    )
    expect(items.at(-1)).toMatchObject({
      role: 'assistant',
      content: [{ type: 'output_text', text: 'First answer.' }],
    })
  })
})

describe('exec resume', () => {
  it('--last continues the newest session of this folder with the earlier turns in the request', async () => {
    const { h, id } = await firstRun()
    const requestsBefore = h.model.requests.length
    const run = await h.exec([
      '--cd',
      h.dir,
      '-s',
      'workspace-write',
      '--json',
      'resume',
      '--last',
      'Second task.',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"type":"thread.started","thread_id":"' + id + '"')

    const sent = messages(h, requestsBefore)
    const contents = sent.map((message) => message.content ?? '')
    expect(contents).toContain('First task.')
    expect(contents).toContain('First answer.')
    expect(JSON.stringify(sent)).toContain('marker-from-first-run')
    expect(sent.at(-1)).toEqual({ role: 'user', content: 'Second task.' })
    // The same file grows: the session is one rollout.
    expect(rollouts(h)).toHaveLength(1)
    expect(readFileSync(rollouts(h)[0]!, 'utf8')).toContain('Answer 2.')
  })

  it('ID resumes that session, with the prompt from stdin when none is given', async () => {
    const { h, id } = await firstRun()
    const requestsBefore = h.model.requests.length
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', 'resume', id], { input: 'Third task.' })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Answer 2.\n')
    const contents = messages(h, requestsBefore).map((message) => message.content ?? '')
    expect(contents).toEqual(expect.arrayContaining(['First task.', 'First answer.', 'Third task.']))
  })

  it('a missing session is an error naming where it looked, before any model call', async () => {
    harness = await execHarness(SCRIPT)
    const h = harness
    const sessions = path.join(h.codexHome, 'sessions')
    const byId = await h.exec(['--cd', h.dir, 'resume', '0198c0de-0000-7000-8000-000000000000', 'Go on.'])
    expect(byId.code).toBe(1)
    expect(byId.stderr).toContain(
      `error: no saved session with id 0198c0de-0000-7000-8000-000000000000 under ${sessions}`,
    )
    const last = await h.exec(['--cd', h.dir, 'resume', '--last', 'Go on.'])
    expect(last.code).toBe(1)
    expect(last.stderr).toContain(`error: no saved session for ${h.dir} under ${sessions}`)
    expect(h.model.requests).toHaveLength(0)
  })

  it("--last skips another folder's sessions unless --all is given", async () => {
    const { h } = await firstRun()
    const elsewhere = ['--skip-git-repo-check', '--cd', h.outside, '-s', 'read-only', 'resume', '--last']
    const refused = await h.exec([...elsewhere, 'Go on.'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`no saved session for ${h.outside}`)
    const all = await h.exec([...elsewhere, '--all', 'Go on.'])
    expect(all.code).toBe(0)
    expect(all.stdout).toBe('Answer 2.\n')
  })

  it('resume without an id or --last is a usage error, and --last outside resume too', async () => {
    harness = await execHarness(SCRIPT)
    const h = harness
    const bare = await h.exec(['--cd', h.dir, 'resume'])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('exec resume needs a SESSION_ID or --last')
    const stray = await h.exec(['--cd', h.dir, '--last', 'Task.'])
    expect(stray.code).toBe(2)
    expect(stray.stderr).toContain('--last and --all go with `exec resume`')
  })
})
