// What a run did, collected as it goes, and the result handed to the caller (CLI or action). On a
// stop the result carries which budget ended it and what was done so far, so the user can decide
// whether to raise the budget or take the partial work.
import type { ModelPrice } from '../config/types.js'
import type { PendingApproval } from '../sandbox/rules.js'
import { ZERO_USAGE } from '../model/types.js'
import type { Item, ModelResponse, Usage } from '../model/types.js'
import { addUsage, costOf } from './budgets.js'
import type { BudgetName, BudgetStop } from './budgets.js'
import type { AgentEventItem, FileChangeKind } from '../protocol/events.js'
import { TOOL_ERROR_KINDS } from '../tools/types.js'
import type { ShellEditTracker, ToolErrorKind, ToolResult } from '../tools/types.js'

export interface CommandRecord {
  command: string
  exitCode: number | null
  status: 'completed' | 'failed' | 'declined' | 'in_progress'
}

export interface AgentResult {
  status: 'completed' | 'budget-exhausted' | 'failed' | 'cancelled' | 'awaiting-approval'
  /** The model's final answer, or for a stop, what was done and why it stopped. */
  finalMessage: string
  /** One line: why the run did not complete (undefined when it did). */
  reason: string | undefined
  budget: BudgetName | undefined
  turns: number
  /** HTTP requests to the model, retries included: what subscription plans (GLM Coding Plan) count. */
  modelRequests: number
  usage: Usage
  costUsd: number | undefined
  commands: CommandRecord[]
  /** Paths the model changed through apply_patch or shell commands, in first-change order. */
  fileChanges: { path: string; kind: FileChangeKind }[]
  plan: { text: string; completed: boolean }[]
  /** Commands that need a person's approval (status `awaiting-approval`); empty otherwise. */
  pendingApprovals: PendingApproval[]
  /** The conversation up to the last turn whose calls were all answered (to resume it). */
  transcript?: Item[] | undefined
  /** Tool calls that did not succeed, by kind; `sandbox-failure` for all commands means nothing was checked. */
  toolErrors: Record<ToolErrorKind, number>
  /** Commands that edited workspace files through the shell instead of apply_patch. */
  shellEdits?: number | undefined
  /** apply_patch calls that failed (or were refused): the model may still claim they worked. */
  failedEdits: number
  durationMs: number
  /** With an output schema: the final message as validated JSON (agent/structured.ts). */
  structuredOutput?: string | undefined
}

export class RunRecord {
  turns = 0
  modelRequests = 0
  usage: Usage = ZERO_USAGE
  lastInputTokens = 0
  lastAssistantText = ''
  readonly commands: CommandRecord[] = []
  readonly fileChanges = new Map<string, FileChangeKind>()
  plan: { text: string; completed: boolean }[] = []
  readonly pendingApprovals: PendingApproval[] = []
  transcript: Item[] | undefined
  readonly toolErrors = Object.fromEntries(TOOL_ERROR_KINDS.map((kind) => [kind, 0])) as Record<
    ToolErrorKind,
    number
  >
  readonly shellEdits: ShellEditTracker = { reminded: false, count: 0 }
  failedEdits = 0
  readonly startedAt = Date.now()
  private itemCounter = 0

  nextItemId(): string {
    return `item_${this.itemCounter++}`
  }

  addTurn(response: ModelResponse, options: { compaction?: boolean } = {}): void {
    this.turns += 1
    this.modelRequests += response.attempts
    this.usage = addUsage(this.usage, response.usage)
    // After a compaction the old prompt size no longer applies; the next turn measures afresh.
    this.lastInputTokens = options.compaction ? 0 : response.usage.inputTokens
    if (options.compaction) return
    for (const item of response.items) {
      if (item.type === 'message' && item.role === 'assistant' && item.content.trim() !== '') {
        this.lastAssistantText = item.content
      }
    }
  }

  /** One tool call's result: its error kind tallied and its items recorded; returns the items. */
  addToolResult(result: ToolResult): AgentEventItem[] {
    if (result.error !== undefined) this.toolErrors[result.error] += 1
    const items = [result.item, ...(result.extraItems ?? [])].filter((item) => item !== undefined)
    for (const item of items) this.addItem(item)
    return items
  }

  addItem(item: AgentEventItem): void {
    if (item.type === 'command_execution') {
      this.commands.push({ command: item.command, exitCode: item.exit_code, status: item.status })
    } else if (item.type === 'file_change') {
      // A failed patch may still have written files before its failing hunk (as Codex does).
      for (const change of item.changes) this.fileChanges.set(change.path, change.kind)
      if (item.status === 'failed') this.failedEdits += 1
    } else if (item.type === 'todo_list') {
      this.plan = item.items
    }
  }
}

export type Outcome =
  | { kind: 'completed'; message: string }
  | { kind: 'budget'; stop: BudgetStop }
  | { kind: 'failed'; error: string }
  | { kind: 'cancelled' }
  | { kind: 'awaiting-approval' }

export function buildResult(record: RunRecord, outcome: Outcome, price: ModelPrice | undefined): AgentResult {
  const base = {
    turns: record.turns,
    modelRequests: record.modelRequests,
    usage: record.usage,
    costUsd: costOf(record.usage, price),
    commands: record.commands,
    fileChanges: [...record.fileChanges].map(([path, kind]) => ({ path, kind })),
    plan: record.plan,
    pendingApprovals: record.pendingApprovals,
    toolErrors: { ...record.toolErrors },
    transcript: record.transcript === undefined ? undefined : [...record.transcript],
    shellEdits: record.shellEdits.count,
    failedEdits: record.failedEdits,
    durationMs: Date.now() - record.startedAt,
  }
  switch (outcome.kind) {
    case 'completed':
      return {
        ...base,
        status: 'completed',
        finalMessage: outcome.message,
        reason: undefined,
        budget: undefined,
      }
    case 'budget':
      return {
        ...base,
        status: 'budget-exhausted',
        finalMessage: progressReport(`Stopped: ${outcome.stop.message}.`, record),
        reason: outcome.stop.message,
        budget: outcome.stop.budget,
      }
    case 'failed':
      return {
        ...base,
        status: 'failed',
        finalMessage: progressReport(`Failed: ${outcome.error}`, record),
        reason: outcome.error,
        budget: undefined,
      }
    case 'cancelled':
      return {
        ...base,
        status: 'cancelled',
        finalMessage: progressReport('Cancelled before the task finished.', record),
        reason: 'the run was cancelled',
        budget: undefined,
      }
    case 'awaiting-approval':
      return {
        ...base,
        status: 'awaiting-approval',
        finalMessage: progressReport(approvalHeadline(record.pendingApprovals), record),
        reason: `${record.pendingApprovals.length} command(s) need a person's approval`,
        budget: undefined,
      }
  }
}

function approvalHeadline(pending: readonly PendingApproval[]): string {
  const lines = pending.map((entry) => `- \`${entry.command.join(' ')}\` — ${entry.justification}`)
  return ['Paused: these commands need approval before the task can go on:', ...lines].join('\n')
}

/** What was done before a stop: enough to judge whether the partial work is worth keeping. */
function progressReport(headline: string, record: RunRecord): string {
  const lines = [
    headline,
    `Done so far: ${record.turns} model turns, ${record.commands.length} commands run.`,
  ]
  if (record.fileChanges.size > 0) lines.push(`Files changed: ${[...record.fileChanges.keys()].join(', ')}.`)
  else lines.push('No files changed.')
  if (record.shellEdits.count > 0) {
    lines.push(
      `Commands that edited files through the shell instead of apply_patch: ${record.shellEdits.count}.`,
    )
  }
  const done = record.plan.filter((step) => step.completed).map((step) => step.text)
  if (done.length > 0) lines.push(`Plan steps completed: ${done.join('; ')}.`)
  if (record.lastAssistantText !== '') lines.push(`Last message from the model: ${record.lastAssistantText}`)
  return lines.join('\n')
}

/** "tool calls that did not succeed: 2 failed, 1 timeout" — for the log; undefined when all did. */
export function toolErrorSummary(result: Pick<AgentResult, 'toolErrors'>): string | undefined {
  const parts = TOOL_ERROR_KINDS.filter((kind) => result.toolErrors[kind] > 0).map(
    (kind) => `${result.toolErrors[kind]} ${kind}`,
  )
  return parts.length === 0 ? undefined : `tool calls that did not succeed: ${parts.join(', ')}`
}

/**
 * Why a completed run must not count as done: the sandbox itself refused every command, so nothing
 * the model claims was run or checked. Undefined when at least one command ran (or none was tried).
 */
export function sandboxRefusedEverything(result: AgentResult): string | undefined {
  const tried = result.commands.length
  if (tried === 0 || result.toolErrors['sandbox-failure'] < tried) return undefined
  return `the sandbox could not run any of the agent's ${tried} command(s), so nothing it did was run or checked. Fix the runner's sandbox (the log says why) or choose sandbox: danger-full-access knowingly`
}
