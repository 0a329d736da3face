// A long-lived program (an MCP server over stdio) under the same policy as the model's commands:
// the same bubblewrap argv and the same filtered environment, for a caller that spawns it itself.
import fs from 'node:fs'
import { isProxyVariable } from '../net/proxy.js'
import { buildBwrapArgs, isInside, networkAllowed, writableRootsOf } from './bwrap.js'
import { buildCommandEnv } from './env.js'
import { prepareSanitizedGitConfigs } from './git-config.js'
import { resolveProgram } from './run.js'
import type { ProbedBwrap, SandboxPolicy } from './types.js'
import type { ShellEnvironmentPolicy } from '../config/types.js'

export interface SpawnSpecOptions {
  policy: SandboxPolicy
  envPolicy: ShellEnvironmentPolicy
  /** The harness's environment, filtered by `envPolicy` before the program sees it. */
  parentEnv: NodeJS.ProcessEnv
  /** Program and arguments; the program is looked up on the filtered PATH. */
  argv: string[]
  /** Absolute working folder of the program. */
  cwd: string
  /** Variables set after filtering: only what the config names explicitly (e.g. an MCP server's `env`). */
  extraEnv?: Record<string, string> | undefined
  /** bubblewrap as the probe found it, with the limits it can enforce; default: `bwrap` on PATH, no limits. */
  bwrap?: ProbedBwrap | undefined
}

export interface SpawnSpec {
  command: string
  args: string[]
  env: Record<string, string>
  /** Where to spawn `command` (for bubblewrap `/`: the program's folder is set with `--chdir`). */
  cwd: string
  /** Removes the sanitized `.git/config` copies; call once the program has exited. */
  cleanup: () => Promise<void>
}

const FALLBACK_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/**
 * Throws when the program cannot be found. Under bubblewrap the process dies with its parent
 * (`--die-with-parent`), runs with no capabilities (`--cap-drop ALL`) and sees sanitized git configs.
 */
export async function sandboxedSpawnSpec(options: SpawnSpecOptions): Promise<SpawnSpec> {
  const { policy } = options
  const sandboxed = policy.mode !== 'danger-full-access'
  const env = { ...policyEnv(policy, options.envPolicy, options.parentEnv, sandboxed), ...options.extraEnv }
  const [program, ...programArgs] = options.argv
  if (program === undefined || program === '') throw new Error('empty command')
  const resolved = resolveProgram(program, env)
  if (!isExecutableFile(resolved)) throw new Error(`command not found: ${program}`)
  if (!sandboxed)
    return { command: resolved, args: programArgs, env, cwd: options.cwd, cleanup: async () => {} }

  const configs = await prepareSanitizedGitConfigs(
    [policy.workspace, ...writableRootsOf(policy)],
    options.parentEnv,
  )
  const args = buildBwrapArgs({
    policy,
    argv: [resolved, ...programArgs],
    cwd: options.cwd,
    parentEnv: options.parentEnv,
    fileOverrides: configs.overrides,
    support: options.bwrap?.support,
  })
  const bwrapPath =
    options.bwrap?.path ??
    resolveProgram('bwrap', { PATH: `${options.parentEnv.PATH ?? ''}:${FALLBACK_PATH}` })
  return { command: bwrapPath, args, env, cwd: '/', cleanup: configs.cleanup }
}

/**
 * The environment of a sandboxed program: `shell_environment_policy`, with a TMPDIR the sandbox can
 * write (often RUNNER_TEMP, which is hidden, else the sandbox's private /tmp), and the proxy
 * variables only when the program has network (without, the proxy is unreachable anyway, and its
 * address and any credentials in it are nothing the program needs to see).
 */
export function policyEnv(
  policy: SandboxPolicy,
  envPolicy: ShellEnvironmentPolicy,
  parentEnv: NodeJS.ProcessEnv,
  sandboxed: boolean,
  network = networkAllowed(policy),
): Record<string, string> {
  const env = buildCommandEnv(envPolicy, parentEnv)
  if (!network) for (const name of Object.keys(env)) if (isProxyVariable(name)) delete env[name]
  if (sandboxed && env.TMPDIR !== undefined && !isInside(env.TMPDIR, '/tmp')) {
    const roots = writableRootsOf(policy)
    if (!roots.some((root) => isInside(env.TMPDIR ?? '', root))) env.TMPDIR = '/tmp'
  }
  return env
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
