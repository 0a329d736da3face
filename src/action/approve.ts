// `/codex approve`: a person with write permission approves the commands a paused run asked for.
// The run's state is read only from a comment our own identity wrote (github/approval.ts), marked
// used so one approval resumes once, and the task goes on as a normal task: same transcript, the
// workspace diff restored, those exact commands allowed once, then published as usual.
import type { GitHubClient } from '../github/client.js'
import { findResumeState, markApprovalUsed } from '../github/approval.js'
import { replyOnce, TrackingComment } from '../github/comments.js'
import { gatherContext } from '../github/gather.js'
import { renderRefusal, renderWorking } from '../github/report.js'
import type { FinalReport } from '../github/report.js'
import { runUrl } from '../github/types.js'
import type { GateDecision, Trigger } from '../github/types.js'
import type { ActionDeps, ActionOutcome } from './pipeline.js'
import { commentOptions, emptyReport, failureReport } from './pipeline.js'
import { runTask } from './task.js'
import { loadTrustedConfig } from './trusted-config.js'

const WRITE_ROLES = new Set(['admin', 'maintain', 'write'])

export interface ApproveInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  gate: Extract<GateDecision, { allowed: true }>
  startedAt: number
}

export async function runApprove(input: ApproveInput): Promise<ActionOutcome> {
  const { deps, client, trigger, startedAt } = input
  const refusal = refusalOf(input)
  if (refusal !== undefined) {
    deps.log(`refused: ${refusal}`)
    const body = renderRefusal(refusal, runUrl(deps.env))
    const reply = await replyOnce(client, deps.env, trigger, body, commentOptions(deps))
    return { report: emptyReport(deps.env, 'refused', refusal, startedAt), commentUrl: reply?.url }
  }
  const tracker = await TrackingComment.start(client, deps.env, trigger, {
    ...commentOptions(deps),
    body: renderWorking({ runUrl: runUrl(deps.env), task: 'Resuming the paused run after approval' }),
  })
  if (tracker.ref) deps.onTrackingComment(tracker.ref)
  let report: FinalReport
  let commitSha: string | undefined
  try {
    const outcome = await resume(input, tracker)
    report = outcome.report
    commitSha = outcome.commitSha
  } catch (error) {
    report = failureReport(deps, error, startedAt)
  }
  await tracker.finish(report)
  return { report, commentUrl: tracker.url, commitSha }
}

function refusalOf(input: ApproveInput): string | undefined {
  if (!WRITE_ROLES.has(input.gate.permission)) {
    return `approving commands needs write permission on the repository; @${input.trigger.actor.login} does not have it`
  }
  if (input.deps.settings.mode !== 'run') return 'approval by comment works only with mode: run'
  return undefined
}

async function resume(
  input: ApproveInput,
  tracker: TrackingComment,
): Promise<{ report: FinalReport; commitSha?: string | undefined }> {
  const { deps, client, trigger, startedAt } = input
  // Our own comment tells us who we are on GitHub; without it no state can be trusted.
  if (!tracker.ref)
    throw new Error('the tracking comment could not be posted, so the paused run cannot be found safely')
  const found = await findResumeState(client, trigger, tracker.ref)
  if (!found.ok) {
    deps.log(`refused: ${found.reason}`)
    return { report: emptyReport(deps.env, 'refused', found.reason, startedAt) }
  }
  const approver = trigger.actor.login
  await markApprovalUsed(
    client,
    trigger,
    found,
    `✅ Approved by @${approver}: resumed in [this run](${runUrl(deps.env)}).`,
  )
  deps.log(
    `approved by @${approver}: ${found.state.pending.map((entry) => entry.command.join(' ')).join(' | ')}`,
  )
  // The paused task is the instruction; the approving comment adds none.
  const resumed: Trigger = { ...trigger, command: { kind: 'task', text: found.state.task } }
  const context = await gatherContext(client, resumed, { log: deps.log })
  const trusted = await loadTrustedConfig(client, deps, resumed, context.pull)
  return runTask({
    deps,
    client,
    trigger: resumed,
    context: { ...context, task: found.state.task },
    trusted,
    tracker,
    forceReadOnly: false,
    startedAt,
    resume: { state: found.state, approver },
  })
}
