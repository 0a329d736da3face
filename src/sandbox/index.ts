// The one way the agent runs a command: under bubblewrap for read-only / workspace-write (probed
// before the first model call, failing closed), bare and loudly for danger-full-access.
import fs from 'node:fs'
import { buildBwrapArgs, networkAllowed, writableRootsOf } from './bwrap.js'
import type { LimitSupport } from './bwrap.js'
import { prepareSanitizedGitConfigs } from './git-config.js'
import { sandboxNote } from './notes.js'
import { SandboxUnavailableError, probeSandbox } from './probe.js'
import { resolveProgram, runProcess } from './run.js'
import { policyEnv } from './spawn-spec.js'
import type { ProcessOutcome } from './run.js'
import type { CommandRequest, CommandResult, CommandRunner, SandboxPolicy } from './types.js'
import type { ShellEnvironmentPolicy } from '../config/types.js'

export type { CommandRequest, CommandResult, CommandRunner, SandboxPolicy } from './types.js'
export { DEFAULT_SHELL_ENV_POLICY, buildCommandEnv } from './env.js'
export { SandboxUnavailableError, isGitHubHostedRunner, probeSandbox } from './probe.js'
export type { ProbeOptions, ProbeResult } from './probe.js'
export { DEFAULT_OUTPUT_CAP_BYTES } from './run.js'
export { sandboxedSpawnSpec } from './spawn-spec.js'
export type { SpawnSpec, SpawnSpecOptions } from './spawn-spec.js'

export const DANGER_WARNING = 'danger-full-access: commands run without a sandbox'

export interface CreateCommandRunnerOptions {
  policy: SandboxPolicy
  envPolicy: ShellEnvironmentPolicy
  parentEnv?: NodeJS.ProcessEnv | undefined
  bwrapPath?: string | undefined
  outputCapBytes?: number | undefined
  /**
   * Repair a broken sandbox with sudo (apt-get, sysctl). Default false: only the action on a
   * GitHub-hosted runner (a VM thrown away after the job) sets it; a laptop or a self-hosted runner
   * is never changed, the error names the commands to run instead.
   */
  autoFix?: boolean | undefined
  log?: ((line: string) => void) | undefined
  /** Scrubs known secret values (the API key, the tokens) from every output before the model sees it. */
  redactor?: { redact(text: string): string } | undefined
}

/** One line for logs and the final report. */
export function describeSandbox(policy: SandboxPolicy): string {
  switch (policy.mode) {
    case 'read-only':
      return 'read-only (network off) via bubblewrap'
    case 'workspace-write':
      return `workspace-write (network ${policy.networkAccess ? 'on' : 'off'}) via bubblewrap`
    case 'danger-full-access':
      return 'danger-full-access: NO sandbox, commands run with the full access of the job'
  }
}

/** Probes bubblewrap unless the policy is danger-full-access; throws SandboxUnavailableError when it cannot work. */
export async function createCommandRunner(options: CreateCommandRunnerOptions): Promise<CommandRunner> {
  const log = options.log ?? (() => undefined)
  const policy = options.policy
  if (policy.mode === 'danger-full-access') {
    log(DANGER_WARNING)
    return { policy, run: async (request) => redacted(options, await runBare(options, request)) }
  }
  const probe = await probeSandbox({ bwrapPath: options.bwrapPath, autoFix: options.autoFix ?? false, log })
  if (!probe.ok) throw new SandboxUnavailableError(probe.cause, probe.fix)
  log(`sandbox: ${describeSandbox(policy)} (${probe.bwrapPath})`)
  const limits = describeLimits(policy, probe.support)
  if (limits) log(limits)
  const bwrap = { path: probe.bwrapPath, support: probe.support }
  return {
    policy,
    bwrap,
    run: async (request) => redacted(options, await runSandboxed(options, bwrap, request)),
  }
}

function redacted(options: CreateCommandRunnerOptions, result: CommandResult): CommandResult {
  if (!options.redactor) return result
  return { ...result, output: options.redactor.redact(result.output) }
}

/** One log line saying which limits hold, and why one does not. */
function describeLimits(policy: SandboxPolicy, support: LimitSupport): string | undefined {
  const { maxProcesses, tmpSizeMb } = policy.limits ?? {}
  const parts: string[] = []
  if (maxProcesses !== undefined) {
    if (support.prlimit === undefined)
      parts.push('processes NOT capped (prlimit from util-linux is not installed)')
    else if (process.getuid?.() === 0)
      parts.push(`processes NOT capped (the kernel exempts root from the ${maxProcesses}-process limit)`)
    else parts.push(`at most ${maxProcesses} processes`)
  }
  if (tmpSizeMb !== undefined) {
    parts.push(support.sizeOption ? `/tmp ${tmpSizeMb} MiB` : '/tmp NOT capped (bubblewrap older than 0.5)')
  }
  return parts.length > 0 ? `sandbox limits: ${parts.join(', ')}` : undefined
}

function commandEnv(
  options: CreateCommandRunnerOptions,
  sandboxed: boolean,
  grant?: CommandRequest['grant'],
): Record<string, string> {
  // A TMPDIR outside what the sandbox can write (often RUNNER_TEMP, which is hidden) breaks every
  // tool that makes a temp file; policyEnv moves it to the sandbox's private /tmp.
  const network = networkAllowed(options.policy, grant)
  return policyEnv(options.policy, options.envPolicy, options.parentEnv ?? process.env, sandboxed, network)
}

function toResult(outcome: ProcessOutcome): CommandResult {
  const { spawnError: _spawnError, ...result } = outcome
  return result
}

async function runBare(options: CreateCommandRunnerOptions, request: CommandRequest): Promise<CommandResult> {
  if (!fs.existsSync(request.cwd)) return failedToStart(`working folder ${request.cwd} does not exist`)
  const outcome = await runProcess({
    argv: request.argv,
    cwd: request.cwd,
    env: commandEnv(options, false),
    timeoutMs: request.timeoutMs,
    signal: request.signal,
    outputCapBytes: options.outputCapBytes,
    onOutput: request.onOutput,
    onStdin: request.onStdin,
  })
  if (outcome.spawnError !== undefined) return failedToStart(outcome.spawnError)
  return toResult(outcome)
}

function failedToStart(message: string): CommandResult {
  return { exitCode: 127, output: `${message}\n`, timedOut: false, truncated: false, durationMs: 0 }
}

const BWRAP_EXEC_FAILED = /^bwrap: execvp (.*)$/
const PRLIMIT_EXEC_FAILED = /^prlimit: failed to execute (.*)$/
const BWRAP_SETUP_FAILED = /^bwrap: (.*)$/

/** bwrap's own failures come as `bwrap: …` and exit 1 before the command ever ran. */
function classifyBwrapOutcome(outcome: ProcessOutcome): CommandResult {
  if (outcome.spawnError !== undefined) {
    return {
      ...toResult(outcome),
      exitCode: null,
      sandboxError: `bubblewrap could not start: ${outcome.spawnError}`,
    }
  }
  const firstLine = outcome.output.split('\n', 1)[0] ?? ''
  const prlimitFailed = PRLIMIT_EXEC_FAILED.exec(firstLine)
  if (prlimitFailed && !outcome.timedOut && (outcome.exitCode === 126 || outcome.exitCode === 127))
    return { ...toResult(outcome), output: `${prlimitFailed[1] ?? ''}\n` }
  if (outcome.exitCode !== 1 || outcome.timedOut) return toResult(outcome)
  const execFailed = BWRAP_EXEC_FAILED.exec(firstLine)
  // The program does not exist or cannot be executed: the model's mistake, told as a shell would.
  if (execFailed) return { ...toResult(outcome), exitCode: 127, output: `${execFailed[1] ?? ''}\n` }
  const setupFailed = BWRAP_SETUP_FAILED.exec(firstLine)
  if (setupFailed) return { ...toResult(outcome), exitCode: null, sandboxError: setupFailed[1] ?? firstLine }
  return toResult(outcome)
}

async function runSandboxed(
  options: CreateCommandRunnerOptions,
  bwrap: { path: string; support: LimitSupport },
  request: CommandRequest,
): Promise<CommandResult> {
  const policy = options.policy
  const parentEnv = options.parentEnv ?? process.env
  const writableRoots = writableRootsOf(policy, request.grant)
  const env = commandEnv(options, true, request.grant)
  const [program, ...programArgs] = request.argv
  if (program === undefined) return failedToStart('empty command')
  // Resolved here, not by bwrap's execvp, so a policy without PATH (`inherit = "none"`) still finds bash.
  const argv = [resolveProgram(program, env), ...programArgs]
  const configs = await prepareSanitizedGitConfigs([policy.workspace, ...writableRoots], parentEnv)
  let result: CommandResult
  try {
    const args = buildBwrapArgs({
      policy,
      argv,
      cwd: request.cwd,
      parentEnv,
      grant: request.grant,
      fileOverrides: configs.overrides,
      support: bwrap.support,
    })
    const outcome = await runProcess({
      argv: [bwrap.path, ...args],
      cwd: '/',
      env,
      timeoutMs: request.timeoutMs,
      signal: request.signal,
      outputCapBytes: options.outputCapBytes,
      onOutput: request.onOutput,
      onStdin: request.onStdin,
    })
    result = classifyBwrapOutcome(outcome)
  } finally {
    await configs.cleanup()
  }
  if (result.sandboxError !== undefined) return result
  const note = sandboxNote(policy, writableRoots, networkAllowed(policy, request.grant), result.output)
  if (note === undefined) return result
  const separator = result.output === '' || result.output.endsWith('\n') ? '' : '\n'
  return { ...result, output: `${result.output}${separator}${note}\n` }
}
