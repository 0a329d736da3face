// One interface for every tool the model can call (gemini-cli style): parse and validate the raw
// arguments first, then run. A tool never throws for a model mistake; it returns text the model
// can act on.
import type { ToolSpec } from '../model/types.js'
import type { CommandRunner, SandboxPolicy } from '../sandbox/types.js'
import type { AgentEventItem } from '../agent/events.js'
import type { ApprovalPolicy, CommandRule } from '../config/types.js'
import type { PendingApproval } from '../sandbox/rules.js'
import type { ExecSessions } from './exec-sessions.js'
import type { ShellEditTracker } from './shell-edits.js'

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

export interface CommandApprovals {
  rules: readonly CommandRule[]
  policy: ApprovalPolicy
  /** Exact argvs a person approved; each runs once, and is removed when it does. */
  approvedOnce: string[][]
  /** Records a command awaiting approval; the loop ends the run after the current turn. */
  requestApproval(pending: PendingApproval): void
}

export interface ToolResult {
  /** Text returned to the model (the loop caps it). */
  output: string
  success: boolean
  /** The completed item for events and the report, when the call is worth showing. */
  item?: AgentEventItem | undefined
  /** More items for the report: the files a shell command edited. */
  extraItems?: AgentEventItem[] | undefined
  /** The output is already within the tool's own budget (Codex's token budget): not capped again. */
  budgeted?: boolean | undefined
  /** The sandbox itself could not run the command (not the command failing). */
  sandboxFailure?: boolean | undefined
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
