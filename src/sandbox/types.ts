// The contract between the agent loop and the sandbox: every command the model runs goes through
// a CommandRunner, which enforces the policy (bubblewrap) or, for danger-full-access, runs it bare.
import type { SandboxMode } from '../config/types.js'

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
  /**
   * The bubblewrap the probe found and what it can enforce (absent for danger-full-access):
   * programs spawned outside `run` (MCP servers) get the same binary and limits.
   */
  readonly bwrap?: ProbedBwrap | undefined
}

/** `sizeOption`: bwrap knows `--size` (0.5+); `prlimit`: util-linux prlimit's path on the host. */
export interface LimitSupport {
  sizeOption: boolean
  prlimit?: string | undefined
}

export interface ProbedBwrap {
  path: string
  support: LimitSupport
}
