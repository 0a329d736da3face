// The contract between the agent loop and the sandbox: every command the model runs goes through
// a CommandRunner, which enforces the policy (bubblewrap) or, for danger-full-access, runs it bare.

export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access'

export const SANDBOX_MODES: readonly SandboxMode[] = ['read-only', 'workspace-write', 'danger-full-access']

export interface SandboxPolicy {
  mode: SandboxMode
  /** Absolute path of the workspace (the checkout or `--cd` folder). */
  workspace: string
  /** Extra absolute folders writable under workspace-write. */
  writableRoots: string[]
  /** Network for commands under workspace-write. Never under read-only. */
  networkAccess: boolean
  /** Caps on each sandboxed command (`[sandbox_limits]`); none when absent. */
  limits?: SandboxLimits | undefined
}

export interface SandboxLimits {
  /** RLIMIT_NPROC inside the sandbox: a fork bomb stops here, not at the runner's limit. */
  maxProcesses?: number | undefined
  /** Size of the private /tmp (and /run) in MiB: writing more fails with ENOSPC. */
  tmpSizeMb?: number | undefined
}

/** `runner`: the action's allow-list (sandbox/env.ts), never written in a config. */
export type InheritMode = 'all' | 'core' | 'none' | 'runner'

/** Codex's [shell_environment_policy]. */
export interface ShellEnvironmentPolicy {
  /**
   * Unset: the front end's default (`all` for exec, as Codex; `runner` for the action). A config
   * can say all, core or none; `runner` is set by the action only.
   */
  inherit?: InheritMode | undefined
  /**
   * Codex semantics: false (the default) drops names containing KEY, SECRET, TOKEN, PASSWORD,
   * CREDENTIAL, and GITHUB_TOKEN, ACTIONS_*, INPUT_*; true skips those default excludes.
   */
  ignoreDefaultExcludes: boolean
  /** Glob patterns (case-insensitive) of names to drop. */
  exclude: string[]
  /** Names to set (after filtering). */
  set: Record<string, string>
  /** When non-empty, only names matching one of these globs are kept. */
  includeOnly: string[]
}

export interface CommandRequest {
  argv: string[]
  /** Absolute working folder; must be inside the workspace or a writable root for writes to work. */
  cwd: string
  timeoutMs: number
  /** Per-command widening granted by an `allow` rule (approval rules issue). */
  grant?: { network?: boolean; writable?: string[] } | undefined
  signal?: AbortSignal | undefined
  /** Each piece of output as it arrives (exec sessions the model polls); `output` still has it all. */
  onOutput?: ((chunk: Buffer) => void) | undefined
  /** Hands over the command's stdin (exec sessions); without it stdin is /dev/null. */
  onStdin?: ((stdin: NodeJS.WritableStream) => void) | undefined
}

export interface CommandResult {
  /** null when killed by a signal or timed out. */
  exitCode: number | null
  /** stdout and stderr interleaved in arrival order, capped while read. */
  output: string
  timedOut: boolean
  /** True when output went past the cap and the rest was discarded. */
  truncated: boolean
  durationMs: number
  /** Set when the sandbox itself refused or failed (not the command). */
  sandboxError?: string | undefined
}

export interface CommandRunner {
  readonly policy: SandboxPolicy
  run(request: CommandRequest): Promise<CommandResult>
}
