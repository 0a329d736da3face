// One interface for every tool the model can call (gemini-cli style): parse and validate the raw
// arguments first, then run. A tool never throws for a model mistake; it returns text the model
// can act on.
import type { ToolSpec } from '../model/types.js'
import type { CommandResult, CommandRunner, SandboxPolicy } from '../sandbox/types.js'
import type { AgentEventItem } from '../protocol/events.js'
import type { ApprovalPolicy, CommandRule } from '../config/types.js'
import type { PendingApproval } from '../sandbox/rules.js'
import type { ExecSessions } from './exec-sessions.js'

export type ParseResult<A> = { ok: true; args: A } | { ok: false; error: string }

export interface ToolContext {
  /** Absolute workspace root. */
  workspace: string
  policy: SandboxPolicy
  runner: CommandRunner
  signal: AbortSignal
  /** Default and maximum command timeouts (ms). */
  defaultTimeoutMs: number
  maxTimeoutMs: number
  /** Report progress of a long item (e.g. a command that started). */
  emit: (event: { phase: 'started' | 'updated'; item: AgentEventItem }) => void
  /** A stable id for the item this call produces. */
  itemId: string
  /** Command rules and approval policy; absent means no rules and approval_policy = "never". */
  approvals?: CommandApprovals | undefined
  /**
   * The run's long-running commands (`exec_command` / `write_stdin`); the loop kills them when the
   * run ends. Absent, `exec_command` waits for its command like `shell` does.
   */
  sessions?: ExecSessions | undefined
  /** Edits made through the shell in this run (absent: not watched). */
  shellEdits?: ShellEditTracker | undefined
}

/** Run-wide: whether the model was reminded yet to use apply_patch, and how many commands edited files. */
export interface ShellEditTracker {
  reminded: boolean
  count: number
}

export interface CommandApprovals {
  rules: readonly CommandRule[]
  policy: ApprovalPolicy
  /** Exact argvs a person approved; each runs once, and is removed when it does. */
  approvedOnce: string[][]
  /** Records a command awaiting approval; the loop ends the run after the current turn. */
  requestApproval(pending: PendingApproval): void
}

/**
 * Why a tool call did not succeed (as gemini-cli's ToolErrorType). The loop tallies them per run
 * (AgentResult.toolErrors) and the report reads the tally, so each kind must be the true one.
 */
export const TOOL_ERROR_KINDS = [
  /** The model called a tool that is not offered. */
  'unknown-tool',
  /** The arguments did not parse, or name something that does not exist (a workdir, a session). */
  'invalid-arguments',
  /** A command rule, the approval policy or read-only mode declined it. */
  'refused',
  /** It waits for a person's approval: the run pauses after this turn. */
  'awaiting-approval',
  /** The sandbox itself could not run the command (not the command failing). */
  'sandbox-failure',
  /** The command or call ran out of time. */
  'timeout',
  /** The tool cannot take calls now: its MCP server is down, or too many sessions run. */
  'unavailable',
  /** It ran and failed: a non-zero exit, a patch that did not apply, an MCP tool's error. */
  'failed',
  /** The tool threw: a fault of the harness, told to the model as text. */
  'internal-error',
] as const

export type ToolErrorKind = (typeof TOOL_ERROR_KINDS)[number]

/** A finished command's error kind: the sandbox's own failure first, then a timeout, then the exit. */
export function commandError(result: CommandResult): ToolErrorKind | undefined {
  if (result.sandboxError !== undefined) return 'sandbox-failure'
  if (result.timedOut) return 'timeout'
  return result.exitCode === 0 ? undefined : 'failed'
}

export interface ToolResult {
  /** Text returned to the model (the loop caps it). */
  output: string
  /** Undefined when the call succeeded; always stated, so no tool forgets it. */
  error: ToolErrorKind | undefined
  /** The completed item for events and the report, when the call is worth showing. */
  item?: AgentEventItem | undefined
  /** More items for the report: the files a shell command edited. */
  extraItems?: AgentEventItem[] | undefined
  /** The output is already within the tool's own budget (Codex's token budget): not capped again. */
  budgeted?: boolean | undefined
  /** Images (data URLs) to show the model with its next turn (view_image). */
  images?: string[] | undefined
}

export interface Tool<A = unknown> {
  readonly spec: ToolSpec
  parse(rawArguments: string): ParseResult<A>
  /** For a free-form (custom) call: the raw text the model sent. Without it, the text must be JSON. */
  parseFreeform?(input: string): ParseResult<A>
  run(args: A, context: ToolContext): Promise<ToolResult>
}
