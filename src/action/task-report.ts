// The report of a task run, from what happened: the agent's result, what publishing did, or why
// publishing failed. Every ending keeps the run's real turns, tokens and cost, and the headline
// follows the facts (files changed or not, edits applied or not), never the model's own claim.
import type { AgentResult } from '../agent/loop.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { PublishResult } from '../publish/index.js'
import { explainPublishFailure } from './publish-failure.js'
import type { ActionDeps } from './deps.js'

export function agentReport(
  deps: Pick<ActionDeps, 'env'>,
  result: AgentResult,
  startedAt: number,
  conclusion: FinalReport['conclusion'] = result.status === 'completed' ? 'success' : result.status,
): FinalReport {
  return {
    conclusion,
    message: result.finalMessage,
    reason: result.reason,
    commands: result.commands,
    durationMs: Date.now() - startedAt,
    turns: result.turns,
    usage: result.usage,
    costUsd: result.costUsd,
    runUrl: runUrl(deps.env),
    structuredOutput: result.structuredOutput,
  }
}

export function publishedReport(
  deps: Pick<ActionDeps, 'env' | 'log'>,
  result: AgentResult,
  published: PublishResult,
  startedAt: number,
): FinalReport {
  const facts = {
    branch: published.branch,
    pullRequest: published.pullRequest,
    changedFiles: published.changedFiles,
    leftOut: published.leftOut,
  }
  if (published.outcome === 'no-changes') {
    const failed = editsFailedWithoutChange(result)
    if (failed) {
      deps.log(`failed: ${failed}`)
      return { ...agentReport(deps, result, startedAt, 'failed'), ...facts, reason: failed }
    }
  }
  const conclusion = published.outcome === 'no-changes' ? 'no-changes' : 'success'
  return { ...agentReport(deps, result, startedAt, conclusion), ...facts }
}

/**
 * Nothing changed although the agent tried to edit and every edit failed: that is not "no changes
 * were needed", whatever the model's last message says.
 */
export function editsFailedWithoutChange(result: AgentResult): string | undefined {
  if (result.failedEdits === 0) return undefined
  const edits = result.failedEdits === 1 ? '1 edit' : `${result.failedEdits} edits`
  return `the agent's ${edits} did not apply and no file changed, so nothing was published — whatever its message below says`
}

/** The publish step failed after the agent ran: usage kept, the pushed branch named, the fix said. */
export function publishFailedReport(
  deps: Pick<ActionDeps, 'env' | 'log' | 'signal'>,
  result: AgentResult,
  error: unknown,
  startedAt: number,
): FinalReport {
  const { reason, fix, pushed } = explainPublishFailure(error, deps.env)
  const cancelled = deps.signal.aborted
  deps.log(`${cancelled ? 'cancelled' : 'failed'}: ${reason}`)
  const agentSummary = result.finalMessage.trim()
  const message = [fix, agentSummary === '' ? undefined : `The agent's summary:\n\n${agentSummary}`]
    .filter((part) => part !== undefined)
    .join('\n\n')
  return {
    ...agentReport(deps, result, startedAt, cancelled ? 'cancelled' : 'failed'),
    reason,
    message,
    branch: pushed?.branch,
  }
}

export function usageFooter(result: AgentResult): string {
  const tokens = result.usage.inputTokens + result.usage.outputTokens
  const cost = result.costUsd === undefined ? 'cost unknown' : `$${result.costUsd.toFixed(4)}`
  return `${result.turns} turns · ${tokens} tokens (${result.usage.cachedInputTokens} cached) · ${cost}`
}

/** The plan steps a stopped run left undone. */
export function leftToDo(result: AgentResult): string[] {
  return result.plan.filter((step) => !step.completed).map((step) => step.text)
}
