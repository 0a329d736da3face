// `exec` with MCP servers: a required server that cannot start fails the run before the first model
// request (the real CLI process); servers are stopped when a run fails or is cancelled (in-process,
// so that only exec's own clean-up, not the death of its process, can explain their end).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runExecCli } from '../../../src/exec/index.js'
import { startFakeModel } from '../../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../../__fixtures__/workspace.js'
import type { Workspace } from '../../../__fixtures__/workspace.js'
import { configToml, processesWith, stdioServerToml } from './helpers.js'

const CLI = path.resolve('dist/cli.js')

let fake: FakeModel | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await fake?.close()
  await workspace?.cleanup()
  fake = undefined
  workspace = undefined
})

async function setup(script: ScriptedTurn[], servers: string): Promise<string> {
  fake = await startFakeModel(script)
  workspace = await makeWorkspace()
  const config = path.join(workspace.dir, '..', 'config.toml')
  await writeFile(config, configToml(fake.baseUrl, 'chat', servers))
  return config
}

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

/** runExecCli in this process, its stderr captured rather than printed. */
function execInProcess(args: string[]): { done: Promise<number>; stderr: () => string } {
  let stderr = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString()
    return true
  })
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  // As from a terminal: exec appends piped stdin to a PROMPT argument, and this process's stdin
  // is a pipe that never closes.
  const wasTTY = process.stdin.isTTY
  process.stdin.isTTY = true
  const done = runExecCli(args).finally(() => (process.stdin.isTTY = wasTTY))
  return { done, stderr: () => stderr }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('exec with MCP servers', () => {
  it('a required server that cannot start fails the run with its name and cause, before any model request', async () => {
    const servers = stdioServerToml('database', { args: ['--crash-at-start'], extra: 'required = true' })
    const config = await setup([{ text: 'never asked' }], servers)
    const run = await runCli([
      'exec',
      '--cd',
      workspace?.dir ?? '',
      '--config-file',
      config,
      'Use the database.',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /error: MCP server database is required but could not start: it exited during start-up; .*fatal: cannot open database/,
    )
    expect(fake?.requests).toHaveLength(0)
  })

  it('stops the servers when the run fails', async () => {
    const tag = randomUUID()
    const config = await setup([{ fault: 'status', status: 400 }], stdioServerToml('fixture', { tag }))
    const exec = execInProcess(['--cd', workspace?.dir ?? '', '--config-file', config, 'Do something.'])
    expect(await exec.done).toBe(1)
    expect(fake?.requests).toHaveLength(1)
    expect(processesWith(tag)).toEqual([])
  })

  it('stops the servers when the run is cancelled by SIGINT', async () => {
    const tag = randomUUID()
    const config = await setup([{ text: 'too late', delayMs: 20_000 }], stdioServerToml('fixture', { tag }))
    const exec = execInProcess(['--cd', workspace?.dir ?? '', '--config-file', config, 'Do something.'])
    await until(() => (fake?.requests.length ?? 0) > 0)
    expect(processesWith(tag).length).toBeGreaterThan(0)
    process.emit('SIGINT')
    expect(await exec.done).toBe(130)
    expect(processesWith(tag)).toEqual([])
  })
})
