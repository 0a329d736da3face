// What the sandbox costs per command: `true` through the same runner the agent loop uses, under
// workspace-write (bubblewrap) against danger-full-access (bare), median of many runs.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { median, now } from './figures.js'
import type { Figure } from './figures.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../src/sandbox/env.js'
import { buildBwrapArgs } from '../src/sandbox/bwrap.js'
import { createCommandRunner, probeSandbox } from '../src/sandbox/index.js'
import { resolveProgram, runProcess } from '../src/sandbox/run.js'
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

/** bubblewrap alone: the argv the runner built for `true`, spawned again with no harness work around it. */
async function timeBwrapAlone(workspace: string): Promise<number> {
  const probe = await probeSandbox()
  if (!probe.ok) throw new Error(`the benchmark needs bubblewrap: ${probe.cause}`)
  const args = buildBwrapArgs({
    policy: { mode: 'workspace-write', workspace, writableRoots: [], networkAccess: false },
    argv: [resolveProgram('true', { PATH: process.env.PATH ?? '/usr/bin:/bin' })],
    cwd: workspace,
    parentEnv: process.env,
    support: probe.support,
  })
  const samples: number[] = []
  for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
    const started = now()
    await runProcess({ argv: [probe.bwrapPath, ...args], cwd: '/', env: {}, timeoutMs: 10_000 })
    if (run >= WARMUP_RUNS) samples.push(now() - started)
  }
  return median(samples)
}

export async function benchSandbox(): Promise<Figure[]> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'codex-bench-sandbox-'))
  try {
    const bare = await timeTrue(await runnerFor('danger-full-access', workspace), workspace)
    const sandboxed = await timeTrue(await runnerFor('workspace-write', workspace), workspace)
    const bwrapAlone = await timeBwrapAlone(workspace)
    return [
      { name: '`true` unsandboxed (danger-full-access), median', value: bare, unit: 'ms' },
      { name: '`true` under bubblewrap (workspace-write), median', value: sandboxed, unit: 'ms' },
      { name: 'sandbox overhead per command', value: sandboxed - bare, unit: 'ms', target: '< 15 ms more' },
      { name: 'the same bubblewrap argv spawned alone, median', value: bwrapAlone, unit: 'ms' },
      {
        name: "the harness's own work per sandboxed command (argv, hidden paths, git configs, env)",
        value: sandboxed - bwrapAlone,
        unit: 'ms',
        target: '≤ 10 ms',
      },
    ]
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}
