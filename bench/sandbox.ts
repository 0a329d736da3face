// What the sandbox costs per command: `true` through the same runner the agent loop uses, under
// workspace-write (bubblewrap) against danger-full-access (bare), median of many runs.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { median, now } from './figures.js'
import type { Figure } from './figures.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../src/sandbox/env.js'
import { createCommandRunner } from '../src/sandbox/index.js'
import type { CommandRunner } from '../src/sandbox/types.js'
import type { SandboxMode } from '../src/config/types.js'

const RUNS = 30
const WARMUP_RUNS = 3

async function timeTrue(runner: CommandRunner, workspace: string): Promise<number> {
  for (let run = 0; run < WARMUP_RUNS; run++)
    await runner.run({ argv: ['true'], cwd: workspace, timeoutMs: 10_000 })
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = now()
    const result = await runner.run({ argv: ['true'], cwd: workspace, timeoutMs: 10_000 })
    if (result.exitCode !== 0)
      throw new Error(`\`true\` failed in the benchmark: ${result.sandboxError ?? result.output}`)
    samples.push(now() - started)
  }
  return median(samples)
}

async function runnerFor(mode: SandboxMode, workspace: string): Promise<CommandRunner> {
  return createCommandRunner({
    policy: { mode, workspace, writableRoots: [], networkAccess: false },
    envPolicy: DEFAULT_SHELL_ENV_POLICY,
  })
}

export async function benchSandbox(): Promise<Figure[]> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'codex-bench-sandbox-'))
  try {
    const bare = await timeTrue(await runnerFor('danger-full-access', workspace), workspace)
    const sandboxed = await timeTrue(await runnerFor('workspace-write', workspace), workspace)
    return [
      { name: '`true` unsandboxed (danger-full-access), median', value: bare, unit: 'ms' },
      { name: '`true` under bubblewrap (workspace-write), median', value: sandboxed, unit: 'ms' },
      { name: 'sandbox overhead per command', value: sandboxed - bare, unit: 'ms', target: '< 15 ms more' },
    ]
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}
