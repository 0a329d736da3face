// Codex's `exec` command line through `dist/cli.js` as a process (issue 15, "Command line"): the
// line `openai/codex-action` runs, the git-repository check, --yolo, --color, --ephemeral,
// --add-dir, --enable/--disable, and a prompt argument with piped stdin.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { NOT_IN_GIT_REPO } from '../../src/exec/prompt.js'
import { CLI } from '../helpers/cli-process.js'
import { execHarness } from './exec-process.js'
import type { ExecHarness } from './exec-process.js'

let harness: ExecHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function start(script: Parameters<typeof execHarness>[0]): Promise<ExecHarness> {
  harness = await execHarness(script)
  return harness
}

/**
 * A model whose first turn runs a shell command writing `target()` (known once the harness exists),
 * then says done.
 */
async function startWriting(target: (h: ExecHarness) => string): Promise<ExecHarness> {
  let file = ''
  const h = await start((_request, index): ScriptedTurn =>
    index === 0
      ? { calls: [{ name: 'shell', arguments: { command: ['bash', '-c', `echo written > '${file}'`] } }] }
      : { text: 'done' },
  )
  file = target(h)
  return h
}

/** The user messages of the model's first request (chat wire). */
function userMessages(h: ExecHarness): string[] {
  const body = h.model.requests[0]?.body as { messages?: { role: string; content?: unknown }[] }
  return (body.messages ?? [])
    .filter((message) => message.role === 'user')
    .map((message) =>
      typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
    )
}

function rolloutFiles(codexHome: string): string[] {
  const sessions = path.join(codexHome, 'sessions')
  if (!existsSync(sessions)) return []
  return readdirSync(sessions, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.jsonl'),
  )
}

describe("openai/codex-action's command line", () => {
  it('runs with the prompt on stdin outside a git repository and writes the last message', async () => {
    const h = await start([{ text: 'Reviewed: nothing to change.' }])
    const last = path.join(h.outside, 'last-message.txt')
    const run = await h.exec(
      ['--skip-git-repo-check', '--cd', h.outside, '--output-last-message', last, '--sandbox', 'read-only'],
      { input: 'Review this folder.' },
    )
    expect(run.stderr).not.toContain(NOT_IN_GIT_REPO)
    expect(run.code).toBe(0)
    expect(await readFile(last, 'utf8')).toBe('Reviewed: nothing to change.')
    expect(userMessages(h)).toContain('Review this folder.')
  })
})

describe('the git repository check', () => {
  it("refuses outside a git repository without --skip-git-repo-check, in Codex's words, exit 1", async () => {
    const h = await start([{ text: 'never' }])
    const run = await h.exec(['--cd', h.outside, '--sandbox', 'read-only', 'Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(NOT_IN_GIT_REPO)
    expect(h.model.requests).toHaveLength(0)
  })

  it('runs inside a git repository (a subfolder too) without the flag', async () => {
    const h = await start([{ text: 'ok' }])
    const run = await h.exec(['--cd', path.join(h.dir, 'src'), '--sandbox', 'read-only', 'Task.'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('ok\n')
  })
})

describe('--dangerously-bypass-approvals-and-sandbox / --yolo', () => {
  const escaped = (h: ExecHarness) => path.join(path.dirname(h.dir), 'escaped.txt')

  it('workspace-write refuses a write outside the workspace (the baseline)', async () => {
    const h = await startWriting(escaped)
    const run = await h.exec(['--cd', h.dir, '--sandbox', 'workspace-write', 'Write it.'])
    expect(run.code).toBe(0)
    expect(existsSync(escaped(h))).toBe(false)
  })

  it('--yolo runs the command unsandboxed over --sandbox, skips the git check, and warns', async () => {
    const h = await startWriting(escaped)
    const run = await h.exec(['--cd', h.outside, '--sandbox', 'workspace-write', '--yolo', 'Write it.'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: --dangerously-bypass-approvals-and-sandbox: .*EXTREMELY DANGEROUS/)
    expect(run.stderr).toContain('danger-full-access: commands run without a sandbox')
    expect(await readFile(escaped(h), 'utf8')).toBe('written\n')
  })

  it('the long form does the same', async () => {
    const h = await startWriting(escaped)
    const run = await h.exec(['--cd', h.dir, '--dangerously-bypass-approvals-and-sandbox', 'Write it.'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('EXTREMELY DANGEROUS')
    expect(await readFile(escaped(h), 'utf8')).toBe('written\n')
  })
})

describe('--add-dir', () => {
  const added = (h: ExecHarness) => path.join(h.outside, 'added.txt')

  it('makes another folder writable under workspace-write', async () => {
    const h = await startWriting(added)
    const run = await h.exec(['--cd', h.dir, '-s', 'workspace-write', '--add-dir', h.outside, 'Write it.'])
    expect(run.code).toBe(0)
    expect(await readFile(added(h), 'utf8')).toBe('written\n')
  })

  it('without it the same write is refused', async () => {
    const h = await startWriting(added)
    const run = await h.exec(['--cd', h.dir, '-s', 'workspace-write', 'Write it.'])
    expect(run.code).toBe(0)
    expect(existsSync(added(h))).toBe(false)
  })

  it('says it has no effect under read-only, and a missing folder is a usage error', async () => {
    const h = await start([{ text: 'ok' }])
    const readOnly = await h.exec(['--cd', h.dir, '-s', 'read-only', '--add-dir', h.outside, 'Task.'])
    expect(readOnly.code).toBe(0)
    expect(readOnly.stderr).toContain('--add-dir has no effect under the read-only sandbox')
    const missing = await h.exec(['--cd', h.dir, '--add-dir', '/no/such/folder', 'Task.'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("--add-dir '/no/such/folder': no such folder")
  })
})

describe('--color', () => {
  const ESC = '\u001b['

  it('always colours the progress on stderr; never and auto (not a terminal) do not', async () => {
    const h = await start(() => ({ text: 'ok' }))
    const always = await h.exec(['--cd', h.dir, '-s', 'read-only', '--color', 'always', 'Task.'])
    expect(always.code).toBe(0)
    expect(always.stderr).toContain(`${ESC}35;1mcodex${ESC}0m: ok`)
    expect(always.stdout).toBe('ok\n')
    for (const choice of ['never', 'auto']) {
      const plain = await h.exec(['--cd', h.dir, '-s', 'read-only', '--color', choice, 'Task.'])
      expect(plain.code).toBe(0)
      expect(plain.stderr).toContain('codex: ok')
      expect(plain.stderr).not.toContain(ESC)
    }
  })

  it('refuses another value with the allowed ones, exit 2', async () => {
    const h = await start([])
    const run = await h.exec(['--cd', h.dir, '--color', 'sometimes', 'Task.'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--color must be one of always, never, auto (got 'sometimes')")
  })
})

describe('--ephemeral', () => {
  it('writes no session rollout, where a normal run writes one', async () => {
    const h = await start(() => ({ text: 'ok' }))
    const ephemeral = await h.exec(['--cd', h.dir, '-s', 'read-only', '--ephemeral', 'Task.'])
    expect(ephemeral.code).toBe(0)
    expect(rolloutFiles(h.codexHome)).toEqual([])
    const saved = await h.exec(['--cd', h.dir, '-s', 'read-only', 'Task.'])
    expect(saved.code).toBe(0)
    expect(rolloutFiles(h.codexHome)).toHaveLength(1)
  })
})

describe('--enable / --disable', () => {
  it('warns once per feature, saying whether Codex knows it, and the run goes on', async () => {
    const h = await start([{ text: 'ok' }])
    const run = await h.exec([
      '--cd',
      h.dir,
      '-s',
      'read-only',
      '--enable',
      'unified_exec',
      '--disable',
      'no_such_feature',
      '--enable=unified_exec',
      'Task.',
    ])
    expect(run.code).toBe(0)
    expect(
      run.stderr.match(/--enable unified_exec: a Codex feature this exec does not act on/g),
    ).toHaveLength(1)
    expect(run.stderr).toContain('warning: --disable no_such_feature: not a feature Codex knows')
  })

  it('a feature name that is not a name is a usage error', async () => {
    const h = await start([])
    const run = await h.exec(['--cd', h.dir, '--enable', 'Bad Name!', 'Task.'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--enable needs a feature name such as unified_exec (got 'Bad Name!')")
  })
})

describe('a PROMPT argument with piped stdin', () => {
  it("appends stdin as Codex's <stdin> block", async () => {
    const h = await start([{ text: 'ok' }])
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', 'Summarize the log.'], {
      input: 'line one\nline two',
    })
    expect(run.code).toBe(0)
    expect(userMessages(h)).toContain('Summarize the log.\n\n<stdin>\nline one\nline two\n</stdin>')
  })

  it('keeps the prompt alone when stdin is empty, and `-` reads stdin alone', async () => {
    const h = await start(() => ({ text: 'ok' }))
    expect((await h.exec(['--cd', h.dir, '-s', 'read-only', 'Just this.'])).code).toBe(0)
    expect(userMessages(h)).toContain('Just this.')
    const dash = await h.exec(['--cd', h.dir, '-s', 'read-only', '-'], { input: 'From stdin.\n' })
    expect(dash.code).toBe(0)
    const last = h.model.requests.at(-1)?.body as { messages: { role: string; content: string }[] }
    expect(last.messages.filter((message) => message.role === 'user').at(-1)?.content).toBe('From stdin.\n')
  })
})

describe('Ctrl-C', () => {
  it('stops a run waiting on the model: exit 130, said on stderr, no final message on stdout', async () => {
    const h = await start([{ text: 'too late', delayMs: 30_000 }])
    const child = spawn(
      process.execPath,
      [CLI, 'exec', '--config-file', h.config, '--cd', h.dir, '-s', 'read-only', 'Task.'],
      {
        env: h.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    await expect.poll(() => h.model.requests.length, { timeout: 15_000 }).toBe(1)
    const sentAt = Date.now()
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(Date.now() - sentAt).toBeLessThan(5_000)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/cancelled/)
  })
})

describe('-i / --image', () => {
  it('attaches every image, from repeated flags and comma-separated lists, as Codex splits them', async () => {
    const h = await start([{ text: 'Seen.' }])
    const dir = h.outside
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC',
      'base64',
    )
    for (const name of ['a.png', 'b.png', 'c.png']) await writeFile(path.join(dir, name), png)
    const run = await h.exec([
      '--cd',
      h.dir,
      '-m',
      'gpt-4.1',
      '-s',
      'read-only',
      '-i',
      `${dir}/a.png,${dir}/b.png`,
      '--image',
      `${dir}/c.png`,
      'Look.',
    ])
    expect(run.code).toBe(0)
    const sent = JSON.stringify(h.model.requests[0]?.body)
    expect(sent.match(/data:image\/png;base64,/g)).toHaveLength(3)
    for (const name of ['a.png', 'b.png', 'c.png']) expect(sent).toContain(`the image file ${name}`)
  })
})

describe('--timeout-minutes', () => {
  it('stops a run that outlives it (fractions allowed): exit 1, the budget named once', async () => {
    const h = await start([{ text: 'too late', delayMs: 30_000 }])
    const started = Date.now()
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--timeout-minutes', '0.02', 'Task.'])
    expect(run.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(run.stdout).toBe('')
    expect(run.stderr.match(/^error: .*timeout-minutes/gm)).toHaveLength(1)
  })
})
