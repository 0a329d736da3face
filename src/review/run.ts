// `/codex review [focus]` and the `pull_request` review: the agent reads the PR's diff under the
// read-only policy and reports findings through `report_finding`; the harness then posts ONE
// review with inline comments on the exact changed lines. A diff larger than the model's budget
// is reviewed in parts (one run each, within the run's budgets), and what was left out is said.
import { actionAgentParts } from '../action/agent-parts.js'
import { runAgent } from '../agent/loop.js'
import type { AgentResult } from '../agent/loop.js'
import { addUsage } from '../agent/budgets.js'
import type { Budgets } from '../agent/budgets.js'
import type { AgentParts } from '../agent/setup.js'
import type { GitHubClient } from '../github/client.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { PullInfo, TaskContext, Trigger } from '../github/types.js'
import { ZERO_USAGE } from '../model/types.js'
import type { ActionDeps } from '../action/deps.js'
import { budgetsFrom, checkoutPull } from '../action/task.js'
import { agentReport } from '../action/task-report.js'
import type { TrustedConfig } from '../action/trusted-config.js'
import { TurnLog } from '../action/turn-log.js'
import { batchContext, batchFiles, diffBudget, diffMap } from './batches.js'
import { listPullFilesAt, PullMovedError } from '../github/gather-pull.js'
import type { PullFile } from '../github/gather-pull.js'
import type { LeftOut, ReviewBatch } from './batches.js'
import { planReview } from './findings.js'
import { createFindingTool } from './finding-tool.js'
import type { Finding } from './finding-tool.js'
import { existingComments, postReview } from './post.js'
import { reviewTask } from './prompt.js'

export interface ReviewInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  context: TaskContext
  trusted: TrustedConfig
  startedAt: number
}

interface BatchRuns {
  results: AgentResult[]
  leftOut: LeftOut[]
}

export async function runReview(input: ReviewInput): Promise<FinalReport> {
  const { deps, trusted } = input
  const pull = input.context.pull
  if (!pull) return endedReport(input, 'refused', '`review` works on a pull request; this is an issue')
  if (deps.settings.mode !== 'run')
    return endedReport(input, 'failed', 'a review is posted with the job token: use it with mode: run')
  await checkoutPull(deps, input.trigger, pull)
  let files: PullFile[]
  try {
    files = await listPullFilesAt(input.client, input.trigger.repo, pull)
  } catch (error) {
    if (error instanceof PullMovedError) return endedReport(input, 'refused', error.message)
    throw error
  }
  const findings: Finding[] = []
  const parts = await actionAgentParts(deps, trusted, {
    sandboxMode: 'read-only',
    extraTools: [createFindingTool(findings)],
  })
  let runs: BatchRuns
  try {
    const { batches, leftOut } = batchFiles(files, diffBudget(parts.contextWindow))
    runs = await reviewBatches(input, pull, parts, files, batches)
    runs.leftOut.unshift(...leftOut)
  } finally {
    await parts.close()
  }
  const completed = runs.results.filter((result) => result.status === 'completed')
  const last = runs.results.at(-1)
  const totals = sumResults(runs.results)
  if (last && completed.length === 0 && findings.length === 0) {
    // Nothing was reviewed: a review saying so would be noise; the report says why.
    return { ...agentReport(deps, { ...last, ...totals }, input.startedAt), review: undefined }
  }
  const plan = planReview(
    findings,
    diffMap(files),
    await existingComments(input.client, input.trigger.repo, pull, deps.log),
  )
  const summary = completed.map((result) => result.finalMessage.trim()).join('\n\n')
  const footer = { ...totals, durationMs: Date.now() - input.startedAt, runUrl: runUrl(deps.env) }
  const posted = await postReview(
    input.client,
    input.trigger.repo,
    pull,
    { summary, plan, leftOut: runs.leftOut, footer },
    { redact: (text) => deps.redactor.redact(text), log: deps.log },
  )
  const total = findings.length
  const headline = `Reviewed pull request #${pull.number}: ${total} finding(s), ${posted.inline} as inline comments, ${total - posted.inline - plan.repeated} in the summary${plan.repeated > 0 ? `, ${plan.repeated} already commented` : ''}${runs.leftOut.length > 0 ? `; ${runs.leftOut.length} file(s) not reviewed` : ''}.`
  deps.log(headline)
  return {
    conclusion: 'reviewed',
    message: [headline, summary].filter((part) => part !== '').join('\n\n'),
    durationMs: Date.now() - input.startedAt,
    turns: totals.turns,
    usage: totals.usage,
    costUsd: totals.costUsd,
    runUrl: runUrl(deps.env),
    review: { url: posted.url, findings: plan.counts },
  }
}

/** One agent run per batch, each within what the earlier ones left of the run's budgets. */
async function reviewBatches(
  input: ReviewInput,
  pull: PullInfo,
  parts: AgentParts,
  files: readonly PullFile[],
  batches: readonly ReviewBatch[],
): Promise<BatchRuns> {
  const { deps, trusted } = input
  const runs: BatchRuns = { results: [], leftOut: [] }
  const turnLog = new TurnLog(deps)
  for (const [index, batch] of batches.entries()) {
    const budgets = remainingBudgets(budgetsFrom(deps.settings), runs.results, input.startedAt)
    const stopped = runs.results.find((result) => result.status !== 'completed')
    if (!budgets || stopped) {
      const why = stopped
        ? `not reviewed: ${stopped.reason ?? stopped.status}`
        : "the run's budget ran out first"
      runs.leftOut.push(...batch.files.map((file) => ({ path: file.path, reason: why })))
      continue
    }
    const position = { index, count: batches.length }
    try {
      const result = await runAgent({
        task: reviewTask(
          pull.number,
          input.trigger.command.kind === 'review' ? input.trigger.command.text : '',
          {
            ...position,
            files: batch.files.map((file) => file.path),
          },
        ),
        context: [...input.context.quoted, ...batchContext(pull, files, batch, position)],
        images: input.context.images,
        projectDocs: trusted.projectDocs,
        workspace: deps.settings.workingDirectory,
        ...parts,
        model: turnLog.counting(parts.model),
        reasoningEffort: trusted.config.modelReasoningEffort,
        budgets,
        projectDocMaxBytes: trusted.config.projectDocMaxBytes,
        signal: deps.signal,
        onEvent: (event) => turnLog.onEvent(event),
      })
      runs.results.push(result)
    } finally {
      turnLog.flush()
    }
  }
  return runs
}

/** The budgets left after earlier parts; undefined when one is used up. */
function remainingBudgets(budgets: Budgets, results: readonly AgentResult[], startedAt: number) {
  const used = sumResults(results)
  const tokens = used.usage.inputTokens + used.usage.outputTokens
  const left: Budgets = {
    maxTurns: budgets.maxTurns - used.turns,
    timeoutMs: budgets.timeoutMs - (Date.now() - startedAt),
    maxCostUsd: budgets.maxCostUsd === undefined ? undefined : budgets.maxCostUsd - (used.costUsd ?? 0),
    maxTokens: budgets.maxTokens === undefined ? undefined : budgets.maxTokens - tokens,
  }
  const spent =
    left.maxTurns <= 0 ||
    left.timeoutMs <= 0 ||
    (left.maxCostUsd !== undefined && left.maxCostUsd <= 0) ||
    (left.maxTokens !== undefined && left.maxTokens <= 0)
  return spent ? undefined : left
}

function sumResults(results: readonly AgentResult[]) {
  return {
    turns: results.reduce((sum, result) => sum + result.turns, 0),
    usage: results.reduce((sum, result) => addUsage(sum, result.usage), ZERO_USAGE),
    costUsd: results.some((result) => result.costUsd === undefined)
      ? undefined
      : results.reduce((sum, result) => sum + (result.costUsd ?? 0), 0),
    commands: results.flatMap((result) => result.commands),
  }
}

function endedReport(input: ReviewInput, conclusion: 'refused' | 'failed', why: string): FinalReport {
  input.deps.log(`${conclusion}: ${why}`)
  return {
    conclusion,
    message: why,
    reason: why,
    durationMs: Date.now() - input.startedAt,
    turns: 0,
    usage: ZERO_USAGE,
    runUrl: runUrl(input.deps.env),
  }
}
