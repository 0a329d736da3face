// The agent loop: model turn → tool calls → model turn … until the model answers without calling a
// tool, a budget runs out, the run is cancelled, or the model cannot be reached. It knows nothing
// about GitHub; the action and the `exec` CLI both drive it.
import { randomUUID } from 'node:crypto'
import { errorMessage } from '../common/errors.js'
import { ModelError } from '../model/types.js'
import type { Item, ModelRequest, ModelResponse } from '../model/types.js'
import type { EventSink } from '../protocol/events.js'
import { ExecSessions } from '../tools/exec-sessions.js'
import { toolFamilyFor } from '../tools/families.js'
import type { ToolContext } from '../tools/types.js'
import { budgetBeforeTurn, costOf, timeoutStop, totalTokens, unpriceableBudget } from './budgets.js'
import { compactHistory, shouldCompact } from './compaction.js'
import { lastAssistantText, leadingUserMessages, openingItems } from './conversation.js'
import { viewedImagesItem } from './images.js'
import { CUT_OFF_NOTE, MAX_NUDGES, nudgeFor } from './nudge.js'
import type { AgentOptions } from './options.js'
import { SYSTEM_PROMPT } from './prompt.js'
import { RunRecord } from './result.js'
import type { AgentResult, Outcome as LoopOutcome } from './result.js'
import { emitModelItems, finishRun } from './run-events.js'
import { answerTo, isToolCall, runToolCall } from './tool-calls.js'

export type { AgentResult } from './result.js'
export type { AgentOptions } from './options.js'

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
    return finishRun(options, record, { kind: 'failed', error: unpriceable }, emit)
  }
  try {
    const history = options.resume
      ? [
          ...options.resume.history,
          { type: 'message' as const, role: 'user' as const, content: options.resume.note },
        ]
      : await openingItems(options)
    const outcome = await loop(options, history, record, { signal, emit, approvedOnce, threadId, sessions })
    return finishRun(options, record, outcome, emit)
  } catch (error) {
    const outcome: LoopOutcome = options.signal?.aborted
      ? { kind: 'cancelled' }
      : deadline.signal.aborted
        ? { kind: 'budget', stop: timeoutStop(options.budgets) }
        : { kind: 'failed', error: describeError(error) }
    return finishRun(options, record, outcome, emit)
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

function describeError(error: unknown): string {
  if (error instanceof ModelError) return `the model could not be reached: ${error.message}`
  return errorMessage(error)
}
