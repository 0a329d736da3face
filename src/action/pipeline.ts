// The action's pipeline for `mode: run`: event → gate → tracking comment → context → config →
// the command (task, ask, status). Each stage is a module of its own; this file only orders them
// and turns every ending — success, refusal, failure, cancellation — into one FinalReport.
import { InputError } from '../inputs.js'
import { createGitHubClient } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import { replyOnce } from '../github/comments.js'
import { authorize } from '../github/gate.js'
import { gatherContext } from '../github/gather.js'
import { pinPullHead } from '../github/pin.js'
import { renderUsage } from '../report/render.js'
import { proxyFetch } from '../net/proxy.js'
import type { Trigger } from '../github/types.js'
import { loadTrustedConfig } from './trusted-config.js'
import { runApprove } from './approve.js'
import { runContinue, sessionOfOwnPull } from './continue.js'
import { pruneClosedSessions } from './session-run.js'
import { runAsk, runStatus } from './commands.js'
import { runTask } from './task.js'
import { runReview } from '../review/run.js'
import { resolveTrigger } from './trigger.js'
import { finishTask, refuse, startTracking } from './tracked-task.js'
import { commentOptions, emptyReport, failureReport } from './deps.js'
import type { ActionDeps, ActionOutcome } from './deps.js'

export async function runPipeline(deps: ActionDeps): Promise<ActionOutcome> {
  const startedAt = Date.now()
  const client = createGitHubClient({
    token: deps.settings.githubToken,
    apiUrl: deps.env.apiUrl,
    log: deps.log,
  })
  requirePromptForWorkflowEvents(deps)
  const trigger = await resolveTrigger(deps, client)
  if (trigger.source === 'skip') {
    deps.log(`skipped: ${trigger.reason}`)
    return { report: emptyReport(deps.env, 'skipped', trigger.reason, startedAt) }
  }
  const gate = await authorize(client, trigger, deps.settings)
  if (!gate.allowed) return refuse(deps, client, trigger, gate.reason, startedAt)
  if (trigger.command.kind === 'status' || trigger.command.kind === 'ask') {
    return runReplyCommand(deps, client, trigger, startedAt)
  }
  if (trigger.command.kind === 'help') {
    deps.log('skipped: the trigger phrase came without a task; replying with the usage')
    const usage = renderUsage(deps.settings.triggerPhrase)
    const reply = await replyOnce(client, deps.env, trigger, usage, commentOptions(deps))
    const report = emptyReport(deps.env, 'skipped', 'the trigger phrase came without a task', startedAt)
    return { report, commentUrl: reply?.url }
  }
  // Before anything is written: the action's own comment would move the PR's `updated_at`.
  const pin = await pinPullHead(client, trigger)
  if (!pin.pinned) return refuse(deps, client, trigger, pin.reason, startedAt)
  const continuing = { deps, client, trigger, gate, pull: pin.pull, startedAt }
  if (trigger.command.kind === 'approve') return runApprove(continuing)
  if (trigger.command.kind === 'continue')
    return runContinue({ ...continuing, instructions: trigger.command.text })
  // Any task on a PR the action opened goes on with that PR's conversation.
  if (trigger.command.kind === 'task') {
    const found = await sessionOfOwnPull(deps, client, trigger, pin.pull)
    if (found) return runContinue({ ...continuing, instructions: trigger.command.text }, found)
  }

  const isReview = trigger.command.kind === 'review'
  // Every push reviews the PR again: its reviews share one tracking comment, edited in place.
  const sticky = isReview && trigger.source === 'pull_request' ? `review-${trigger.issue.number}` : undefined
  const tracker = await startTracking(deps, client, trigger, trigger.command.text, sticky)
  const outcome = await finishTask(deps, tracker, startedAt, async () => {
    const context = await gatherContext(client, trigger, {
      log: deps.log,
      pull: pin.pull,
      withoutDiff: isReview,
      images: imageOptions(deps),
    })
    const trusted = await loadTrustedConfig(client, deps, trigger, context.pull)
    if (isReview) return { report: await runReview({ deps, client, trigger, context, trusted, startedAt }) }
    return runTask({
      deps,
      client,
      trigger,
      context,
      trusted,
      tracker,
      forceReadOnly: gate.forceReadOnly,
      startedAt,
    })
  })
  if (!isReview && deps.settings.mode === 'run') await pruneClosedSessions(deps, client, trigger)
  return outcome
}

/**
 * A dispatch or a schedule has no comment to take the task from: without `prompt` it cannot do
 * anything, and a green "skipped" would hide that the workflow is broken.
 */
function requirePromptForWorkflowEvents(deps: ActionDeps): void {
  const { eventName } = deps.env
  if (eventName !== 'workflow_dispatch' && eventName !== 'schedule') return
  if (deps.settings.prompt?.trim()) return
  throw new InputError(
    'prompt',
    `is required for a ${eventName} run (it is the task): set \`prompt\` or \`prompt-file\` in the step's \`with:\``,
  )
}

async function runReplyCommand(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
  startedAt: number,
): Promise<ActionOutcome> {
  try {
    const context = await gatherContext(client, trigger, { log: deps.log, images: imageOptions(deps) })
    const trusted = await loadTrustedConfig(client, deps, trigger, context.pull)
    const outcome =
      trigger.command.kind === 'status'
        ? await runStatus({ deps, client, trigger, trusted, startedAt })
        : await runAsk({ deps, client, trigger, context, trusted, startedAt })
    return outcome
  } catch (error) {
    const report = failureReport(deps, error, startedAt)
    const reply = await replyOnce(
      client,
      deps.env,
      trigger,
      `**codex could not run:** ${report.reason ?? report.message}`,
      commentOptions(deps),
    )
    return { report, commentUrl: reply?.url }
  }
}

/** Images are fetched from the GitHub server only, with the job's token (images/attachments.ts). */
function imageOptions(deps: ActionDeps) {
  return {
    enabled: deps.settings.images !== false,
    serverUrl: deps.env.serverUrl,
    token: deps.settings.githubToken,
    fetch: proxyFetch(deps.processEnv),
    signal: deps.signal,
  }
}
