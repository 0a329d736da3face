// Compaction: when the conversation nears the model's context window, one extra model turn
// summarises the work so far and the history restarts from that summary, instead of failing.
import type { Item, ModelClient, ModelResponse } from '../model/types.js'

/** Compact once the prompt passes this share of the window, leaving room for the answer. */
export const COMPACT_AT_SHARE = 0.8

const SUMMARY_REQUEST = `The conversation is about to exceed the context window. Write a handoff summary for yourself so the work can continue from it alone: the task; what you have done (files changed and how); commands run and their results; what is left to do next; facts you learned that you will need. Be specific and brief. Do not call tools.`

export function shouldCompact(lastInputTokens: number, contextWindow: number | undefined): boolean {
  return contextWindow !== undefined && lastInputTokens > contextWindow * COMPACT_AT_SHARE
}

export interface CompactionResult {
  history: Item[]
  response: ModelResponse
}

/**
 * Summarises `history` and returns the new history: the fixed opening messages (context and
 * task), then the summary. Tool calls are not offered, so the model cannot act during it.
 */
export async function compactHistory(options: {
  model: ModelClient
  instructions: string
  history: readonly Item[]
  openingCount: number
  signal: AbortSignal
}): Promise<CompactionResult> {
  const response = await options.model.turn({
    instructions: options.instructions,
    input: [...options.history, { type: 'message', role: 'user', content: SUMMARY_REQUEST }],
    tools: [],
    signal: options.signal,
  })
  const summary = response.items
    .filter(
      (item): item is Extract<Item, { type: 'message' }> =>
        item.type === 'message' && item.role === 'assistant',
    )
    .map((item) => item.content)
    .join('\n')
    .trim()
  const opening = options.history.slice(0, options.openingCount)
  const handoff: Item = {
    type: 'message',
    role: 'user',
    content: `Earlier turns were compacted to save context. Your summary of them:\n\n${summary || '(no summary returned)'}\n\nContinue the task from here.`,
  }
  return { history: [...opening, handoff], response }
}
