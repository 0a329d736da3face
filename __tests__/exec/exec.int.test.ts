// `node dist/cli.js exec` as a user runs it: a real process, a config file, the scripted model on
// loopback, the real sandbox. (`npm test` bundles dist/ before running the tests.)
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import {
  FIX_DATE_FINAL_MESSAGE,
  FIX_DATE_PATCH,
  fixDateScenario,
} from '../../__fixtures__/model/scenarios.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { runCli } from '../helpers/cli-process.js'

let fake: FakeModel | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  await fake?.close()
  await workspace?.cleanup()
  fake = undefined
  workspace = undefined
})

async function setup(script: ScriptedTurn[] | (() => ScriptedTurn), wire = 'chat', extraToml = '') {
  fake = await startFakeModel(script)
  workspace = await makeWorkspace()
  const config = path.join(workspace.dir, '..', 'config.toml')
  await writeFile(
    config,
    `model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${fake.baseUrl}"\nwire_api = "${wire}"\n${extraToml}`,
  )
  return { dir: workspace.dir, config, fake }
}

describe('exec', () => {
  it('--json prints Codex events, the fix lands on disk, and the last message is written to a file', async () => {
    const { dir, config } = await setup(fixDateScenario(), 'responses')
    const last = path.join(dir, '..', 'last.txt')
    const run = await runCli([
      'exec',
      '--cd',
      dir,
      '--config-file',
      config,
      '--sandbox',
      'workspace-write',
      '--json',
      '-o',
      last,
      'Fix the failing test.',
    ])
    expect(run.stderr).toContain('sandbox: workspace-write')
    expect(run.code).toBe(0)

    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; item?: { type: string } })
    expect(events[0]!.type).toBe('thread.started')
    expect(events[1]!.type).toBe('turn.started')
    expect(events.at(-1)).toMatchObject({
      type: 'turn.completed',
      usage: { input_tokens: expect.any(Number), cached_input_tokens: 0, output_tokens: expect.any(Number) },
    })
    const completedItems = events
      .filter((event) => event.type === 'item.completed')
      .map((event) => event.item!.type)
    expect(completedItems).toEqual([
      'agent_message',
      'todo_list',
      'command_execution',
      'command_execution',
      'agent_message',
      'file_change',
      'command_execution',
      'agent_message',
    ])
    expect(events.filter((event) => event.type === 'item.started').map((event) => event.item!.type)).toEqual([
      'command_execution',
      'command_execution',
      'file_change',
      'command_execution',
    ])

    expect(await readFile(path.join(dir, 'src/date.js'), 'utf8')).toContain('getUTCMonth() + 1')
    expect(await readFile(last, 'utf8')).toBe(FIX_DATE_FINAL_MESSAGE)
  })

  it('reads the prompt from stdin, prints progress on stderr and the final message on stdout', async () => {
    const { dir, config, fake } = await setup([{ text: 'Hello from the model.' }])
    const run = await runCli(['exec', '--cd', dir, '--config-file', config, '--sandbox', 'read-only', '-'], {
      input: 'Say hello.',
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Hello from the model.\n')
    expect(run.stderr).toContain('user: Say hello.')
    expect(JSON.stringify(fake.requests[0]!.body)).toContain('Say hello.')
  })

  it('under read-only refuses the edit and leaves the file as it was', async () => {
    const { dir, config } = await setup([
      { calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }] },
      { text: 'Could not edit.' },
    ])
    const before = await readFile(path.join(dir, 'src/date.js'), 'utf8')
    const run = await runCli([
      'exec',
      '--cd',
      dir,
      '--config-file',
      config,
      '--sandbox',
      'read-only',
      'Fix it.',
    ])
    expect(run.code).toBe(0)
    expect(await readFile(path.join(dir, 'src/date.js'), 'utf8')).toBe(before)
    expect(JSON.stringify(fake!.requests[1]!.body)).toMatch(/read-only sandbox policy forbids edits/)
  })

  it('exits 1 with the budget named when the model never finishes', async () => {
    const { dir, config } = await setup(() => ({
      calls: [{ name: 'shell', arguments: { command: ['true'] } }],
    }))
    const run = await runCli([
      'exec',
      '--cd',
      dir,
      '--config-file',
      config,
      '--sandbox',
      'workspace-write',
      '--max-turns',
      '2',
      'Loop.',
    ])
    expect(run.code).toBe(1)
    // The reason once, on stderr, after what was done; stdout is left for answers.
    expect(run.stderr.match(/the turn budget ran out/g)).toHaveLength(1)
    expect(run.stderr).toMatch(
      /Done so far: 2 model turns[\s\S]*\nerror: the turn budget ran out: 2 model turns used of max-turns 2/,
    )
    expect(run.stdout).toBe('')
  })

  it('stops on a config error with one message naming the file, the key and the fix, before any model call', async () => {
    const { dir, config, fake } = await setup([{ text: 'never' }], 'chat', 'request_max_retries = "many"\n')
    const run = await runCli(['exec', '--cd', dir, '--config-file', config, 'Task.'])
    expect(run.code).toBe(1)
    const errorLines = run.stderr.split('\n').filter((line) => line.startsWith('error:'))
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toContain(config)
    expect(errorLines[0]).toContain('request_max_retries')
    expect(errorLines[0]).toMatch(/Fix/i)
    expect(fake.requests).toHaveLength(0)
  })

  it('names the missing key variable and makes no request', async () => {
    const { dir, config, fake } = await setup([{ text: 'never' }], 'chat', 'env_key = "GLM_API_KEY"\n')
    const env = { ...process.env }
    delete env.GLM_API_KEY
    const run = await runCli(['exec', '--cd', dir, '--config-file', config, 'Task.'], { env })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/GLM_API_KEY/)
    expect(fake.requests).toHaveLength(0)
  })

  it('rejects an unknown sandbox mode with the allowed ones', async () => {
    const run = await runCli(['exec', '--sandbox', 'yolo', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('read-only, workspace-write, danger-full-access')
  })
})
