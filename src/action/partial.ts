// A task run that stopped before the task was done — a budget (turns, time, cost), a failure, a
// cancellation — keeps its work: the changes are pushed to the task's branch as a draft PR marked
// partial (unless `partial: discard`), the session is saved, and the report says what was done,
// what is left and how to go on. A cancelled run only saves its session: the runner may kill the
// job seconds after cancelling it, and a half-pushed branch is worse than none.
import type { AgentResult } from '../agent/loop.js'
import type { FinalReport } from '../report/render.js'
import type { PartialWork } from '../report/sessions.js'
import { publishChanges, PublishError, summaryTitle } from '../publish/index.js'
import type { PublishResult } from '../publish/index.js'
import { markPartial } from '../publish/partial-marks.js'
import type { SessionKeeper } from '../session/keeper.js'
import type { SessionRecord } from '../session/record.js'
import { endSession } from './session-run.js'
import { publishRequest } from './task-input.js'
import type { TaskInput } from './task-input.js'
import { agentReport } from './task-report.js'

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
  if (deps.settings.partial === 'keep' && deps.settings.mode === 'run' && !cancelled) {
    try {
      const published = await publishPartial(input, result, startSha)
      if (published.outcome === 'published' && published.commitSha && published.branch) {
        commitSha = published.commitSha
        pushed = { branch: published.branch.name, commit: commitSha, pull: published.pullRequest?.number }
        Object.assign(report, {
          branch: published.branch,
          pullRequest: published.pullRequest,
          changedFiles: published.changedFiles,
          leftOut: published.leftOut,
        })
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
  report.partial = partialWork(input, result, keeper !== undefined && unsaved === undefined, pushed)
  return { report: { ...report, warnings }, commitSha }
}

/** The changes so far on the task's branch, as a draft PR marked partial. */
async function publishPartial(
  input: TaskInput,
  result: AgentResult,
  startSha: string,
): Promise<PublishResult> {
  const { deps } = input
  const request = publishRequest(input, result, startSha)
  const pullRequest = deps.settings.pullRequest === 'none' ? 'none' : 'draft'
  const published = await publishChanges({ ...request, settings: { ...request.settings, pullRequest } })
  const pull = published.pullRequest
  // Only a PR on one of the action's own branches is marked; a person's PR is theirs to title.
  if (pull && published.branch?.name.startsWith(deps.settings.branchPrefix)) {
    const title = summaryTitle(taskLine(input), `Changes for #${pull.number}`)
    await markPartial(input.client, input.trigger.repo, pull.number, { log: deps.log, title })
  }
  return published
}

function taskLine(input: TaskInput): string {
  const { record } = input.continuation ?? {}
  if (record) return record.task
  return input.trigger.command.kind === 'task' ? input.trigger.command.text : input.context.task
}

function partialWork(
  input: TaskInput,
  result: AgentResult,
  saved: boolean,
  pushed: SessionRecord['pushed'],
): PartialWork {
  const left = result.plan.filter((step) => !step.completed).map((step) => step.text)
  const phrase = input.deps.settings.triggerPhrase
  const where = pushed?.pull ? `here or on #${pushed.pull}` : 'here'
  return {
    left,
    kept: pushed
      ? `The changes so far are on \`${pushed.branch}\`${pushed.pull ? ` (draft PR #${pushed.pull}, marked partial)` : ''}.`
      : input.deps.settings.partial === 'discard'
        ? 'The changes were not pushed (`partial: discard`).'
        : undefined,
    reply: saved ? `${phrase} continue` : undefined,
    where,
  }
}
