// danger-full-access: no sandbox, said loudly; the environment policy, the output cap, the timeout and
// the process-group kill still apply.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { createCommandRunner, describeSandbox } from '../../src/sandbox/index.js'
import type { CommandRunner } from '../../src/sandbox/types.js'
import { makeWorld, survivorsAfter, uniqueMarker } from './fixture.js'
import type { SandboxWorld } from './fixture.js'

let world: SandboxWorld
let runner: CommandRunner

beforeAll(async () => {
  world = makeWorld()
  runner = await world.runner('danger-full-access')
})
afterAll(() => world.dispose())

describe('danger-full-access', () => {
  it('warns in the log and in the one-line description, and needs no bwrap', async () => {
    const lines: string[] = []
    const policy = {
      mode: 'danger-full-access' as const,
      workspace: world.workspace,
      writableRoots: [],
      networkAccess: false,
    }
    const bare = await createCommandRunner({
      policy,
      envPolicy: DEFAULT_SHELL_ENV_POLICY,
      bwrapPath: '/nonexistent/bwrap',
      log: (line) => lines.push(line),
    })
    expect(lines).toContain('danger-full-access: commands run without a sandbox')
    expect(describeSandbox(policy)).toMatch(/NO sandbox/)
    expect((await bare.run({ argv: ['true'], cwd: world.workspace, timeoutMs: 5000 })).exitCode).toBe(0)
  })

  it('writes where the job can write', async () => {
    const result = await world.run(runner, ['bash', '-c', 'echo x > made-bare.txt'])
    expect(result.exitCode).toBe(0)
    expect(fs.existsSync(path.join(world.workspace, 'made-bare.txt'))).toBe(true)
  })

  it('still drops the default-excluded variables', async () => {
    const result = await world.run(runner, ['env'])
    expect(result.output).toContain('PATH=')
    expect(result.output).not.toContain(world.canary)
  })

  // The control for the sandboxed test of the same read: without the PID namespace, the leak is real.
  it("can read another host process's environment, which the sandbox prevents", async () => {
    const holder = spawn('sleep', ['60'], { env: { ...world.parentEnv }, stdio: 'ignore' })
    try {
      const result = await world.run(runner, ['cat', `/proc/${holder.pid}/environ`])
      expect(result.output).toContain(world.canary)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('kills what the command left in its process group', async () => {
    const marker = `1000.${uniqueMarker().replace(/\D/g, '3')}`
    const result = await world.run(runner, [
      'bash',
      '-c',
      `sleep ${marker} & nohup sleep ${marker} >/dev/null 2>&1 & echo started`,
    ])
    expect(result.output).toContain('started')
    expect(await survivorsAfter(marker)).toEqual([])
  })

  it('stops `yes` at the default 1 MiB cap', async () => {
    const result = await world.run(runner, ['yes'])
    expect(result.truncated).toBe(true)
    expect(Buffer.byteLength(result.output)).toBe(1024 * 1024)
  })

  it('times a command out and kills it', async () => {
    const marker = `1000.${uniqueMarker().replace(/\D/g, '4')}`
    const result = await world.run(runner, ['sleep', marker], 300)
    expect(result).toMatchObject({ timedOut: true, exitCode: null })
    expect(await survivorsAfter(marker)).toEqual([])
  })

  it('stops a command when the run is aborted', async () => {
    const controller = new AbortController()
    const pending = runner.run({
      argv: ['sleep', '30'],
      cwd: world.workspace,
      timeoutMs: 60_000,
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 100)
    const result = await pending
    expect(result.exitCode).toBeNull()
    expect(result.timedOut).toBe(false)
  })

  it('reports a missing program as a shell would (exit 127)', async () => {
    const result = await world.run(runner, ['no-such-program-xyz'])
    expect(result.exitCode).toBe(127)
    expect(result.output).toContain('no-such-program-xyz')
  })
})
