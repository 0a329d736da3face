// The agent loop: model turn → tool calls → model turn … until the model answers without calling a
// tool, a budget runs out, the run is cancelled, or the model cannot be reached. It knows nothing
// about GitHub; the action and the `exec` CLI both drive it.
import { randomUUID } from 'node:crypto'
import type { ApprovalPolicy, CommandRule, ModelPrice } from '../config/types.js'
import { ModelError, ZERO_USAGE } from '../model/types.js'
import type { Item, ModelClient, ModelRequest, ModelResponse, Usage } from '../model/types.js'
import type { CommandRunner } from '../sandbox/types.js'
import type { ToolRegistry } from '../tools/registry.js'
import type { ToolContext } from '../tools/types.js'
import { budgetBeforeTurn, costOf, timeoutStop, totalTokens, unpriceableBudget } from './budgets.js'
import type { Budgets } from './budgets.js'
import { compactHistory, shouldCompact } from './compaction.js'
import type { AgentEventItem, EventSink, UsageJson } from '../protocol/events.js'
import { CUT_OFF_NOTE, MAX_NUDGES, nudgeFor } from './nudge.js'
import { loadProjectDocs } from './project-docs.js'
import type { ProjectDoc } from './project-docs.js'
import { SYSTEM_PROMPT, environmentContext, projectDocsMessage } from './prompt.js'
import type { OutputSchema } from '../config/output-schema.js'
import { buildResult, RunRecord } from './result.js'
import type { AgentResult, Outcome as LoopOutcome } from './result.js'
import { ExecSessions } from '../tools/exec-sessions.js'
import { acceptsImages, toolFamilyFor } from '../tools/families.js'
import { taskImagesItem, viewedImagesItem } from './images.js'
import type { ModelImage } from '../protocol/images.js'
import { answerTo, isToolCall, runToolCall } from './tool-calls.js'
import { errorMessage } from '../common/errors.js'

export interface AgentOptions {
  task: string
  /** Absolute workspace root; commands and patches are relative to it. */
  workspace: string
  model: ModelClient
  registry: ToolRegistry
  runner: CommandRunner
  budgets: Budgets
  price?: ModelPrice | undefined
  contextWindow?: number | undefined
  reasoningEffort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | undefined
  /** `model_reasoning_summary` and `model_verbosity` from the config. */
  reasoningSummary?: ModelRequest['reasoningSummary']
  verbosity?: ModelRequest['verbosity']
  projectDocMaxBytes: number
  /**
   * AGENTS.md texts to use instead of the workspace's own: on PR events the action reads them from
   * the base branch, because the checked-out head may carry hostile instructions.
   */
  projectDocs?: ProjectDoc[] | undefined
  /** Extra quoted context placed before the task (e.g. an issue thread), already sanitised. */
  context?: string[] | undefined
  commandTimeoutMs?: { default: number; max: number } | undefined
  /** `[[rules]]` from the config; none means every command runs under the sandbox policy. */
  rules?: readonly CommandRule[] | undefined
  /** What happens when a command needs approval; default "never" (refuse it). */
  approvalPolicy?: ApprovalPolicy | undefined
  /** Exact argvs a person approved (`/codex approve`): each may run once in this run. */
  approvedCommands?: string[][] | undefined
  /**
   * Resume a run that paused for approval: its transcript replaces the opening messages, followed
   * by `note` (what was approved) as a user message.
   */
  resume?: { history: Item[]; note: string } | undefined
  /** The thread id (`thread.started`, prompt cache key); a resumed session keeps its own. */
  threadId?: string | undefined
  /**
   * After every turn whose calls all have their outputs: the conversation so far (a copy). The
   * action saves its session here, so a runner that dies keeps the last turn.
   */
  onTurnEnd?: ((transcript: Item[]) => void | Promise<void>) | undefined
  /** Images that came with the task (an issue's screenshots, `exec -i`), given before it. */
  images?: readonly ModelImage[] | undefined
  /**
   * Ask for the final message as JSON matching this schema (`--output-schema`): sent as the
   * response format on `responses`; the caller (structured.ts) validates it.
   */
  outputSchema?: OutputSchema | undefined
  onEvent?: EventSink | undefined
  onTextDelta?: ((delta: string) => void) | undefined
  signal?: AbortSignal | undefined
}

export type { AgentResult } from './result.js'

const DEFAULT_COMMAND_TIMEOUT = { default: 10_000, max: 10 * 60_000 }

export async function runAgent(options: AgentOptions): Promise<AgentResult> {
  const emit: EventSink = options.onEvent ?? (() => {})
  const record = new RunRecord()
  const approvedOnce = (options.approvedCommands ?? []).map((argv) => [...argv])
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), options.budgets.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal
  const threadId = options.threadId ?? randomUUID()
  const sessions = new ExecSessions()
  emit({ type: 'thread.started', thread_id: threadId })
  emit({ type: 'turn.started' })
  const unpriceable = unpriceableBudget(options.budgets, options.price, options.model.info.model)
  if (unpriceable) {
    clearTimeout(timer)
    return finish(options, record, { kind: 'failed', error: unpriceable }, emit)
  }
  try {
    const history = options.resume
      ? [
          ...options.resume.history,
          { type: 'message' as const, role: 'user' as const, content: options.resume.note },
        ]
      : await openingItems(options)
    const outcome = await loop(options, history, record, { signal, emit, approvedOnce, threadId, sessions })
    return finish(options, record, outcome, emit)
  } catch (error) {
    const outcome: LoopOutcome = options.signal?.aborted
      ? { kind: 'cancelled' }
      : deadline.signal.aborted
        ? { kind: 'budget', stop: timeoutStop(options.budgets) }
        : { kind: 'failed', error: describeError(error) }
    return finish(options, record, outcome, emit)
  } finally {
    clearTimeout(timer)
    // Commands left running in exec sessions die with the run.
    await sessions.closeAll()
  }
}

async function loop(
  options: AgentOptions,
  initial: Item[],
  record: RunRecord,
  run: RunScope,
): Promise<LoopOutcome> {
  const { signal, emit } = run
  let history = initial
  // The conversation as it stands, kept on every ending so that a run can be resumed.
  record.transcript = history
  const openingCount = options.resume ? leadingUserMessages(initial) : initial.length
  let compactedForError = false
  let nudges = 0
  for (;;) {
    const stop = budgetBeforeTurn(options.budgets, {
      turns: record.turns,
      cost: costOf(record.usage, options.price),
      tokens: totalTokens(record.usage),
    })
    if (stop) return { kind: 'budget', stop }
    if (shouldCompact(record.lastInputTokens, options.contextWindow)) {
      history = await compact(options, history, openingCount, record, signal)
      record.transcript = history
    }
    let response: ModelResponse
    try {
      response = await options.model.turn({ ...requestFields(options, run.threadId), input: history, signal })
    } catch (error) {
      // A provider that rejects the prompt as too long gets one compaction, then the error stands.
      if (error instanceof ModelError && error.kind === 'context_length' && !compactedForError) {
        compactedForError = true
        history = await compact(options, history, openingCount, record, signal)
        record.transcript = history
        continue
      }
      throw error
    }
    record.addTurn(response)
    history.push(...response.items)
    // Kept on every ending (not only a pause): a caller may continue the conversation.
    record.transcript = history
    emitModelItems(response.items, record, emit)

    const calls = response.items.filter(isToolCall)
    if (calls.length === 0) {
      record.transcript = [...history]
      const nudge = nudgeFor(response)
      if (!nudge) {
        if (!response.truncated) return { kind: 'completed', message: lastAssistantText(response.items) }
        emit({
          type: 'item.completed',
          item: { id: record.nextItemId(), type: 'error', message: CUT_OFF_NOTE },
        })
        return { kind: 'completed', message: `${lastAssistantText(response.items)}\n\n(${CUT_OFF_NOTE})` }
      }
      if (nudges >= MAX_NUDGES) return { kind: 'failed', error: nudge.failure }
      nudges += 1
      emit({ type: 'item.completed', item: { id: record.nextItemId(), type: 'error', message: nudge.note } })
      history.push({ type: 'message', role: 'user', content: nudge.note })
      continue
    }
    nudges = 0
    const viewed: string[] = []
    for (const call of calls) {
      // Once a command waits for approval, the rest of the turn waits with it: they may depend on it.
      if (record.pendingApprovals.length > 0) {
        history.push(answerTo(call, NOT_RUN_WHILE_PAUSED))
        continue
      }
      const context = toolContext(options, record, run)
      const outcome = await runToolCall(call, options.registry, context)
      history.push(outcome.output)
      for (const item of record.addToolResult(outcome.result)) emit({ type: 'item.completed', item })
      viewed.push(...(outcome.result.images ?? []))
    }
    // After every output of the turn (chat wants a call's output right after the call).
    if (viewed.length > 0) history.push(viewedImagesItem(viewed))
    // Every call answered: a conversation that can be sent again as it is, whatever ends the run next.
    record.transcript = [...history]
    if (record.pendingApprovals.length > 0) return { kind: 'awaiting-approval' }
    await options.onTurnEnd?.(record.transcript)
  }
}

/** A resumed transcript's opening messages: those compaction keeps. */
function leadingUserMessages(history: readonly Item[]): number {
  const index = history.findIndex((item) => !(item.type === 'message' && item.role === 'user'))
  return index === -1 ? history.length : index
}

/** The fields of every turn's request that do not change during a run. */
function requestFields(options: AgentOptions, threadId: string): Omit<ModelRequest, 'input' | 'signal'> {
  const family = toolFamilyFor(options.model.info.model, options.model.info.wireApi)
  return {
    instructions: SYSTEM_PROMPT,
    tools: options.registry.specs,
    reasoningEffort: options.reasoningEffort,
    reasoning: family.reasoning,
    reasoningSummary: options.reasoningSummary,
    verbosity: options.verbosity,
    parallelToolCalls: family.parallelToolCalls,
    outputSchema: options.model.info.wireApi === 'responses' ? options.outputSchema?.schema : undefined,
    promptCacheKey: threadId,
    onTextDelta: options.onTextDelta,
  }
}

interface RunScope {
  signal: AbortSignal
  emit: EventSink
  threadId: string
  sessions: ExecSessions
  /** Approved argvs not yet used; the shell tool removes one when it runs it. */
  approvedOnce: string[][]
}

const NOT_RUN_WHILE_PAUSED = 'Not run: the run paused for approval of an earlier command in this turn.'

async function compact(
  options: AgentOptions,
  history: Item[],
  openingCount: number,
  record: RunRecord,
  signal: AbortSignal,
): Promise<Item[]> {
  const compacted = await compactHistory({
    model: options.model,
    instructions: SYSTEM_PROMPT,
    history,
    openingCount,
    signal,
  })
  record.addTurn(compacted.response, { compaction: true })
  return compacted.history
}

async function openingItems(options: AgentOptions): Promise<Item[]> {
  const docs = options.projectDocs ?? (await loadProjectDocs(options.workspace, options.projectDocMaxBytes))
  const texts = [
    environmentContext(options.runner.policy, options.workspace, options.approvalPolicy),
    projectDocsMessage(docs, options.workspace),
    ...(options.context ?? []),
  ]
  const items: Item[] = texts
    .filter((text): text is string => text !== undefined && text !== '')
    .map((content) => ({ type: 'message', role: 'user', content }))
  if (options.images && options.images.length > 0)
    items.push(taskImagesItem(options.images, acceptsImages(options.model.info.model)))
  if (options.task !== '') items.push({ type: 'message', role: 'user', content: options.task })
  return items
}

function toolContext(options: AgentOptions, record: RunRecord, run: RunScope): ToolContext {
  const { signal, emit } = run
  const timeouts = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT
  return {
    workspace: options.workspace,
    policy: options.runner.policy,
    runner: options.runner,
    signal,
    defaultTimeoutMs: timeouts.default,
    maxTimeoutMs: timeouts.max,
    itemId: record.nextItemId(),
    emit: (event) =>
      emit({ type: event.phase === 'started' ? 'item.started' : 'item.updated', item: event.item }),
    approvals: {
      rules: options.rules ?? [],
      policy: options.approvalPolicy ?? 'never',
      approvedOnce: run.approvedOnce,
      requestApproval: (pending) => record.pendingApprovals.push(pending),
    },
    sessions: run.sessions,
    shellEdits: record.shellEdits,
  }
}

function emitModelItems(items: readonly Item[], record: RunRecord, emit: EventSink): void {
  for (const item of items) {
    let event: AgentEventItem | undefined
    if (item.type === 'message' && item.role === 'assistant' && item.content.trim() !== '') {
      event = { id: record.nextItemId(), type: 'agent_message', text: item.content }
    } else if (item.type === 'reasoning' && item.summary.trim() !== '') {
      event = { id: record.nextItemId(), type: 'reasoning', text: item.summary }
    }
    if (event) emit({ type: 'item.completed', item: event })
  }
}

function lastAssistantText(items: readonly Item[]): string {
  const messages = items.filter((item) => item.type === 'message' && item.role === 'assistant')
  const last = messages.at(-1)
  return last?.type === 'message' ? last.content : ''
}

function finish(
  options: AgentOptions,
  record: RunRecord,
  outcome: LoopOutcome,
  emit: EventSink,
): AgentResult {
  const result = buildResult(record, outcome, options.price)
  if (result.status === 'completed') {
    emit({ type: 'turn.completed', usage: toUsageJson(record.usage) })
    return result
  }
  // As Codex: the failure is said as an `error` event, then the turn ends as failed.
  const message = result.reason ?? result.status
  emit({ type: 'error', message })
  emit({ type: 'turn.failed', error: { message } })
  return result
}

function toUsageJson(usage: Usage = ZERO_USAGE): UsageJson {
  // Codex also sends cache_write_input_tokens; no provider reports it to us, so it is left out
  // rather than sent as a made-up 0.
  return {
    input_tokens: usage.inputTokens,
    cached_input_tokens: usage.cachedInputTokens,
    output_tokens: usage.outputTokens,
    reasoning_output_tokens: usage.reasoningOutputTokens,
  }
}

function describeError(error: unknown): string {
  if (error instanceof ModelError) return `the model could not be reached: ${error.message}`
  return errorMessage(error)
}
