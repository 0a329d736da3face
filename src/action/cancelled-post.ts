// The post step's half of a cancelled run (cancelled-work.ts is main's): push the changes main left
// — only when the workspace still holds exactly the diff main saw — as a draft PR marked partial,
// with every publish guard (partial.ts, the one way a stopped run publishes); record in the run's
// session where they went, so `/codex continue` goes on on that branch; and turn the tracking
// comment into the cancelled report with the PR's link and how to continue. What post trusts: the
// state (only main writes it), the workspace once its digest matches (the agent's processes died
// with main), and the session only as store.load verifies it, when this run wrote it.
import { errorMessage } from '../common/errors.js'
import { createGitHubClient } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import { markCancelled } from '../github/comments.js'
import type { CommentRef } from '../github/comments.js'
import { runUrl } from '../github/types.js'
import type { Trigger } from '../github/types.js'
import { renderFinal } from '../report/render.js'
import type { FinalReport } from '../report/render.js'
import { PublishError } from '../publish/index.js'
import type { PublishResult } from '../publish/index.js'
import type { SessionRecord } from '../session/record.js'
import { workspaceDigest } from './cancelled-work.js'
import type { CancelledWork } from './cancelled-work.js'
import { onPull } from './continue.js'
import type { ActionDeps } from './deps.js'
import { partialWork, publishedFacts, publishPartial } from './partial.js'
import { sessionStore } from './session-run.js'
import { resolveTrigger } from './trigger.js'

export async function publishCancelledWork(
  deps: ActionDeps,
  work: CancelledWork,
  comment: CommentRef | undefined,
): Promise<FinalReport> {
  const client = createGitHubClient({
    token: deps.settings.githubToken,
    apiUrl: deps.env.apiUrl,
    log: deps.log,
  })
  const trigger = await resolveTrigger(deps, client)
  if (trigger.source === 'skip') throw new Error(`the event is not a task any more (${trigger.reason})`)
  const report: FinalReport = { ...work.report }
  const warnings = [...(report.warnings ?? [])]
  let pushed: SessionRecord['pushed']
  try {
    const published = await pushWork(deps, client, trigger, work)
    if (published.outcome === 'published' && published.commitSha && published.branch) {
      pushed = {
        branch: published.branch.name,
        commit: published.commitSha,
        pull: published.pullRequest?.number,
      }
      Object.assign(report, publishedFacts(published))
    }
  } catch (error) {
    const why = errorMessage(error)
    deps.log(`partial work: not pushed: ${why}`)
    warnings.push(`the partial work could not be pushed: ${why}`)
    if (error instanceof PublishError && error.pushed) report.branch = error.pushed.branch
  }
  const saved = await recordWhereItWent(deps, trigger, work, pushed)
  const final = {
    ...report,
    warnings,
    partial: partialWork(deps.settings, { left: work.left, saved, pushed }),
  }
  if (comment) {
    const options = { redactor: deps.redactor, log: deps.log }
    if (await markCancelled(client, trigger.repo, comment, renderFinal(final), options))
      deps.log('post: the tracking comment now reports the cancelled run and its partial work')
  }
  return final
}

async function pushWork(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
  work: CancelledWork,
): Promise<PublishResult> {
  const { env, settings } = deps
  const digest = await workspaceDigest(env.workspace, work.startSha, env.runnerTemp)
  if (digest !== work.diffDigest)
    throw new Error(
      'the workspace changed after the run was cancelled (a later step wrote to it?), so it no longer holds what the agent left; nothing was pushed',
    )
  const publishTrigger =
    work.publishOn !== undefined && work.pull?.number === work.publishOn
      ? onPull(trigger, work.pull)
      : undefined
  const request = {
    workspace: env.workspace,
    env,
    client,
    token: settings.githubToken,
    trigger: publishTrigger ?? trigger,
    pull: work.pull,
    settings: { ...settings, allowWorkflowChanges: work.allowWorkflowChanges },
    startSha: work.startSha,
    agent: { message: work.report.message, commands: work.report.commands ?? [], footer: work.footer },
    redact: (text: string) => deps.redactor.redact(text),
    requester: { login: trigger.actor.login },
    log: deps.log,
    signal: deps.signal,
  }
  return publishPartial(request, client, work.task)
}

/**
 * The session main saved, now naming the pushed branch (a compare-and-swap on the version read).
 * Touched only when this run wrote it last. Returns whether a session exists to continue.
 */
async function recordWhereItWent(
  deps: ActionDeps,
  trigger: Trigger,
  work: CancelledWork,
  pushed: SessionRecord['pushed'],
): Promise<boolean> {
  if (work.thread === undefined) return false
  try {
    const store = sessionStore(deps, trigger)
    const loaded = await store.load(work.thread)
    if (!loaded.ok) {
      deps.log(`session: ${loaded.reason}`)
      return false
    }
    const { record, sha } = loaded
    const ours = record.runUrl === runUrl(deps.env) && record.startSha === work.startSha
    if (!ours) deps.log('session: another run saved it since; it is left as it is')
    if (!pushed || !ours) return true
    const moved = { ...record, state: 'partial' as const, pushed, startSha: pushed.commit, diff: '' }
    await store.save({ ...moved, updatedAt: new Date().toISOString() }, sha)
    deps.log(`session: now names ${pushed.branch}`)
    return true
  } catch (error) {
    deps.log(`session: could not record where the work went: ${errorMessage(error)}`)
    return false
  }
}
