// Budgets that bound a run. A stop is a normal outcome with a reason the user can act on, not an
// error: the result says which budget ran out and what was done before it did.
import type { ModelPrice } from '../config/types.js'
import type { Usage } from '../model/types.js'
import { costUsd } from '../model/pricing.js'

export interface Budgets {
  maxTurns: number
  timeoutMs: number
  maxCostUsd?: number | undefined
  /** Total tokens (input + output) over the run: a budget that needs no price. */
  maxTokens?: number | undefined
}

export type BudgetName = 'max-turns' | 'timeout' | 'max-cost' | 'max-tokens'

export interface BudgetStop {
  budget: BudgetName
  message: string
}

export function addUsage(total: Usage, turn: Usage): Usage {
  return {
    inputTokens: total.inputTokens + turn.inputTokens,
    cachedInputTokens: total.cachedInputTokens + turn.cachedInputTokens,
    cacheWriteInputTokens: (total.cacheWriteInputTokens ?? 0) + (turn.cacheWriteInputTokens ?? 0),
    outputTokens: total.outputTokens + turn.outputTokens,
    reasoningOutputTokens: total.reasoningOutputTokens + turn.reasoningOutputTokens,
  }
}

export function costOf(usage: Usage, price: ModelPrice | undefined): number | undefined {
  return price === undefined ? undefined : costUsd(usage, price)
}

/** The budget that forbids another model request, if any. Checked before every request. */
export function budgetBeforeTurn(
  budgets: Budgets,
  state: { turns: number; cost: number | undefined; tokens?: number | undefined },
): BudgetStop | undefined {
  if (state.turns >= budgets.maxTurns) {
    return {
      budget: 'max-turns',
      message: `the turn budget ran out: ${state.turns} model turns used of max-turns ${budgets.maxTurns}`,
    }
  }
  if (budgets.maxCostUsd !== undefined && state.cost !== undefined && state.cost >= budgets.maxCostUsd) {
    return {
      budget: 'max-cost',
      message: `the cost budget ran out: $${state.cost.toFixed(4)} spent of max-cost-usd $${budgets.maxCostUsd}`,
    }
  }
  if (budgets.maxTokens !== undefined && (state.tokens ?? 0) >= budgets.maxTokens) {
    return {
      budget: 'max-tokens',
      message: `the token budget ran out: ${state.tokens} tokens used of max-tokens ${budgets.maxTokens}`,
    }
  }
  return undefined
}

/**
 * A cost budget that could never stop the run, because the model has no price, is refused before
 * the first request rather than ignored; a token budget can stand in for it.
 */
export function unpriceableBudget(
  budgets: Budgets,
  price: ModelPrice | undefined,
  model: string,
): string | undefined {
  if (budgets.maxCostUsd === undefined || price !== undefined || budgets.maxTokens !== undefined)
    return undefined
  return (
    `max-cost-usd ${budgets.maxCostUsd} is set but model "${model}" has no known price, so its cost cannot be counted; ` +
    `add [pricing."${model}"] with input, cached_input and output (USD per million tokens) to the config, ` +
    `or set max-tokens (total tokens) instead`
  )
}

export function totalTokens(usage: Usage): number {
  return usage.inputTokens + usage.outputTokens
}

export function timeoutStop(budgets: Budgets): BudgetStop {
  const minutes = budgets.timeoutMs / 60_000
  const shown = minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${budgets.timeoutMs} ms`
  return { budget: 'timeout', message: `the time budget ran out after ${shown} (timeout-minutes)` }
}
