// Budgets that bound a run. A stop is a normal outcome with a reason the user can act on, not an
// error: the result says which budget ran out and what was done before it did.
import type { ModelPrice } from '../config/types.js'
import type { Usage } from '../model/types.js'
import { costUsd } from '../model/pricing.js'

export interface Budgets {
  maxTurns: number
  timeoutMs: number
  maxCostUsd?: number | undefined
}

export type BudgetName = 'max-turns' | 'timeout' | 'max-cost'

export interface BudgetStop {
  budget: BudgetName
  message: string
}

export function addUsage(total: Usage, turn: Usage): Usage {
  return {
    inputTokens: total.inputTokens + turn.inputTokens,
    cachedInputTokens: total.cachedInputTokens + turn.cachedInputTokens,
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
  state: { turns: number; cost: number | undefined },
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
  return undefined
}

export function timeoutStop(budgets: Budgets): BudgetStop {
  const minutes = budgets.timeoutMs / 60_000
  const shown = minutes >= 1 ? `${Number(minutes.toFixed(2))} min` : `${budgets.timeoutMs} ms`
  return { budget: 'timeout', message: `the time budget ran out after ${shown} (timeout-minutes)` }
}
