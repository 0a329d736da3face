// How every command that changes code begins and ends on GitHub (a fresh task, `continue`,
// `approve`): one tracking comment saying it is working, then the same comment edited to the final
// report, whatever the task returned or threw; and how a command refused before any work ends.
import type { GitHubClient } from '../github/client.js'
import { replyOnce, TrackingComment } from '../github/comments.js'
import { runUrl } from '../github/types.js'
import type { Trigger } from '../github/types.js'
import { renderFinal, renderRefusal, renderWorking } from '../report/render.js'
import type { ActionDeps, ActionOutcome } from './deps.js'
import { commentOptions, emptyReport, failureReport } from './deps.js'

/**
 * The comment that says `task` is being worked on, known to post.js once it exists. The agent job
 * of two-job mode holds a read-only token: its comment is never posted (the publish job reports).
 */
export async function startTracking(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
  task: string,
  sticky?: string,
): Promise<TrackingComment> {
  const body = renderWorking({ runUrl: runUrl(deps.env), task })
  const options = { ...commentOptions(deps), body, sticky }
  const tracker =
    deps.settings.mode === 'agent'
      ? TrackingComment.silent(trigger.repo, options)
      : await TrackingComment.start(client, deps.env, trigger, options)
  if (tracker.ref) deps.onTrackingComment(tracker.ref)
  return tracker
}

/**
 * Runs the task and ends its tracking comment with the final report: the task's own, or a failed
 * (or cancelled) one when it threw, so the thread never keeps saying "working".
 */
export async function finishTask(
  deps: ActionDeps,
  tracker: TrackingComment,
  startedAt: number,
  task: () => Promise<Omit<ActionOutcome, 'commentUrl'>>,
): Promise<ActionOutcome> {
  let outcome: Omit<ActionOutcome, 'commentUrl'>
  try {
    outcome = await task()
  } catch (error) {
    outcome = { report: failureReport(deps, error, startedAt) }
  }
  await tracker.finish(renderFinal(outcome.report))
  return { report: outcome.report, commentUrl: tracker.url, commitSha: outcome.commitSha }
}

/** A refusal before any work: one reply on the thread saying why, and the run ends `refused`. */
export async function refuse(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
  reason: string,
  startedAt: number,
): Promise<ActionOutcome> {
  deps.log(`refused: ${reason}`)
  const body = renderRefusal(reason, runUrl(deps.env))
  const reply = await replyOnce(client, deps.env, trigger, body, commentOptions(deps))
  return { report: emptyReport(deps.env, 'refused', reason, startedAt), commentUrl: reply?.url }
}
