// A task run that stopped before the task was done — a budget (turns, time, cost), a failure, a
// cancellation — keeps its work: the changes are pushed to the task's branch as a draft PR marked
// partial (unless `partial: discard`), the session is saved, and the report says what was done,
// what is left and how to go on. A cancelled run does not push from the main step: the runner
// kills it seconds after cancelling it, and a half-pushed branch is worse than none. It saves its
// session and hands the push to the post step, which the runner gives its own time
// (cancelled-work.ts).
import type { AgentResult } from '../agent/loop.js'
import type { GitHubClient } from '../github/client.js'
import type { Settings } from '../inputs.js'
import type { FinalReport } from '../report/render.js'
import type { PartialWork } from '../report/sessions.js'
import { publishChanges, PublishError, summaryTitle } from '../publish/index.js'
import type { PublishRequest, PublishResult } from '../publish/index.js'
import { markPartial } from '../publish/partial-marks.js'
import type { SessionKeeper } from '../session/keeper.js'
import type { SessionRecord } from '../session/record.js'
import { deferCancelledWork } from './cancelled-work.js'
import { endSession } from './session-run.js'
import { publishRequest, taskLine } from './task-input.js'
import type { TaskInput } from './task-input.js'
import { agentReport, leftToDo } from './task-report.js'

export async function stoppedRun(
  input: TaskInput,
  result: AgentResult,
  startSha: string,
  keeper: SessionKeeper | undefined,
): Promise<{ report: FinalReport; commitSha?: string | undefined }> {
  const { deps } = input
  const cancelled = deps.signal.aborted
  const report = agentReport(deps, result, input.startedAt, cancelled ? 'cancelled' : undefined)
  const warnings: string[] = []
  let pushed: SessionRecord['pushed']
  let commitSha: string | undefined
  const keep = deps.settings.partial === 'keep' && deps.settings.mode === 'run'
  // Before the session's save: the runner's SIGTERM may end this process during the push.
  const deferred =
    keep && cancelled ? await deferCancelledWork(input, result, startSha, report, keeper) : undefined
  if (keep && !cancelled) {
    try {
      const request = publishRequest(input, result, startSha)
      const published = await publishPartial(request, input.client, taskLine(input))
      if (published.outcome === 'published' && published.commitSha && published.branch) {
        commitSha = published.commitSha
        pushed = { branch: published.branch.name, commit: commitSha, pull: published.pullRequest?.number }
        Object.assign(report, publishedFacts(published))
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      deps.log(`partial work: not pushed: ${why}`)
      warnings.push(`the partial work could not be pushed: ${why}`)
      if (error instanceof PublishError && error.pushed) report.branch = error.pushed.branch
    }
  }
  const unsaved = await endSession(keeper, result, 'partial', pushed, deps.log)
  if (unsaved) warnings.push(unsaved)
  report.partial = partialWork(deps.settings, {
    left: leftToDo(result),
    saved: keeper !== undefined && unsaved === undefined,
    pushed,
    deferred: deferred !== undefined,
  })
  return { report: { ...report, warnings }, commitSha }
}

/**
 * The changes so far on the task's branch, as a draft PR marked partial: a stopped run's, or a
 * cancelled one's from the post step. Every publish guard applies (publishChanges).
 */
export async function publishPartial(
  request: PublishRequest,
  client: GitHubClient,
  task: string,
): Promise<PublishResult> {
  const pullRequest = request.settings.pullRequest === 'none' ? 'none' : 'draft'
  const published = await publishChanges({ ...request, settings: { ...request.settings, pullRequest } })
  const pull = published.pullRequest
  // Only a PR on one of the action's own branches is marked; a person's PR is theirs to title.
  if (pull && published.branch?.name.startsWith(request.settings.branchPrefix)) {
    const title = summaryTitle(task, `Changes for #${pull.number}`)
    await markPartial(client, request.trigger.repo, pull.number, { log: request.log, title })
  }
  return published
}

/** What publishing did, as the report shows it. */
export function publishedFacts(published: PublishResult): Partial<FinalReport> {
  return {
    branch: published.branch,
    pullRequest: published.pullRequest,
    changedFiles: published.changedFiles,
    leftOut: published.leftOut,
  }
}

export function partialWork(
  settings: Pick<Settings, 'triggerPhrase' | 'partial'>,
  work: { left: string[]; saved: boolean; pushed: SessionRecord['pushed']; deferred?: boolean },
): PartialWork {
  const { pushed } = work
  const where = pushed?.pull ? `here or on #${pushed.pull}` : 'here'
  return {
    left: work.left,
    kept: pushed
      ? `The changes so far are on \`${pushed.branch}\`${pushed.pull ? ` (draft PR #${pushed.pull}, marked partial)` : ''}.`
      : work.deferred
        ? "The changes so far are being pushed by this job's post step (as a draft PR marked partial); this comment will then name it."
        : settings.partial === 'discard'
          ? 'The changes were not pushed (`partial: discard`).'
          : undefined,
    reply: work.saved ? `${settings.triggerPhrase} continue` : undefined,
    where,
  }
}
