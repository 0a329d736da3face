// What a run says as Codex's `exec --json` events besides the tools' own: the model's messages and
// reasoning as items, and the end of the turn (completed with its usage, or an error then failed).
import { ZERO_USAGE } from '../model/types.js'
import type { Item, Usage } from '../model/types.js'
import type { AgentEventItem, EventSink, UsageJson } from '../protocol/events.js'
import type { AgentOptions } from './options.js'
import { buildResult } from './result.js'
import type { AgentResult, Outcome as LoopOutcome, RunRecord } from './result.js'

export function emitModelItems(items: readonly Item[], record: RunRecord, emit: EventSink): void {
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

/** The run's result, said as the turn's last events. */
export function finishRun(
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
  // Codex 0.171's fields in its order; cache writes are 0 when the provider does not report them,
  // as in Codex.
  return {
    input_tokens: usage.inputTokens,
    cached_input_tokens: usage.cachedInputTokens,
    cache_write_input_tokens: usage.cacheWriteInputTokens ?? 0,
    output_tokens: usage.outputTokens,
    reasoning_output_tokens: usage.reasoningOutputTokens,
  }
}
