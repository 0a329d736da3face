// `/codex approve <id>`: a person with write permission approves the commands a paused run asked
// for. The paused run is a session in state `awaiting-approval`, read through the same verified
// read as `/codex continue` (session/store.ts: written by the action, naming this repository). It
// is used only when the approval comes in the paused run's thread, names its id, the paused comment
// (by our own identity) shows exactly its commands, and the code is still where the run paused.
// Then it is claimed with the same compare-and-swap as a continue — one approval resumes once —
// and taken up as any continued session: same transcript, workspace restored, fresh budgets, those
// exact commands allowed once, published as usual.
import { markApprovalUsed, pausedCommentMismatch, threadNumber } from './approval-comment.js'
import type { GitHubClient } from '../github/client.js'
import type { TrackingComment } from '../github/comments.js'
import type { CommentRef } from '../github/comments.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { GateDecision, PullInfo, Trigger } from '../github/types.js'
import { readHeadSha } from '../git/index.js'
import type { SessionApproval } from '../session/approval.js'
import type { ActionDeps, ActionOutcome } from './deps.js'
import { emptyReport } from './deps.js'
import { claimSession, findSession, runContinuation } from './continue.js'
import type { Found } from './continue.js'
import { sessionStore } from './session-run.js'
import { finishTask, refuse, startTracking } from './tracked-task.js'

const WRITE_ROLES = new Set(['admin', 'maintain', 'write'])

export interface ApproveInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  gate: Extract<GateDecision, { allowed: true }>
  /** The PR the trigger is on, pinned by the pipeline. */
  pull: PullInfo | undefined
  startedAt: number
}

type Approved = Extract<Found, { ok: true }> & { approval: SessionApproval }

export async function runApprove(input: ApproveInput): Promise<ActionOutcome> {
  const { deps, client, trigger, startedAt } = input
  const refusal = refusalOf(input)
  if (refusal !== undefined) return refuse(deps, client, trigger, refusal, startedAt)
  const tracker = await startTracking(deps, client, trigger, 'Resuming the paused run after approval')
  return finishTask(deps, tracker, startedAt, () => resume(input, tracker))
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
  const refused = (reason: string) => {
    deps.log(`refused: ${reason}`)
    return { report: emptyReport(deps.env, 'refused', reason, startedAt) }
  }
  // Our own comment tells us who we are on GitHub; without it the paused comment cannot be checked.
  if (!tracker.ref)
    throw new Error('the tracking comment could not be posted, so the paused run cannot be found safely')
  const checked = await approvedSession(input, tracker.ref)
  if (!checked.ok) return refused(checked.reason)
  const { loaded, pull, approval } = checked
  const { record } = loaded
  const head = pull?.headSha ?? (await readHeadSha(deps.env.workspace, deps.signal))
  if (head !== record.startSha) {
    return refused(
      `the code moved since the run paused (it started at ${record.startSha.slice(0, 12)}, now ${head.slice(0, 12)}): run the task again`,
    )
  }
  const claimed = await claimSession(deps, sessionStore(deps, trigger), loaded)
  if (claimed === undefined) return refused('this paused run was already resumed by another approval')
  const approver = trigger.actor.login
  const note = `✅ Approved by @${approver}: resumed in [this run](${runUrl(deps.env)}).`
  await markApprovalUsed(client, trigger, approval.comment, note)
  deps.log(
    `approved by @${approver}: ${approval.pending.map((entry) => entry.command.join(' ')).join(' | ')}`,
  )
  // The paused task is the instruction; the approving comment adds none.
  const resumed: Trigger = { ...trigger, command: { kind: 'task', text: record.task } }
  const continuation = { record, sha: claimed, instructions: '', requester: approver, approvedBy: approver }
  return runContinuation({ ...input, trigger: resumed, forceReadOnly: false }, tracker, continuation, pull)
}

/**
 * The thread's session, if it awaits approval here, the approver named its id, and the paused
 * comment (written by our identity, the author of `own`) shows exactly its commands; else why not.
 */
async function approvedSession(
  input: ApproveInput,
  own: CommentRef,
): Promise<Approved | { ok: false; reason: string }> {
  const { deps, client, trigger } = input
  const waiting = { ok: false as const, reason: 'no run in this thread is waiting for approval' }
  const found = await findSession(sessionStore(deps, trigger), input, input.pull)
  if (!found.ok) return found.missing === true ? waiting : found
  const approval = found.loaded.record.approval
  if (found.loaded.record.state !== 'awaiting-approval' || approval === undefined) return waiting
  if (approval.thread !== threadNumber(trigger)) return waiting
  const phrase = deps.settings.triggerPhrase
  const named = trigger.command.kind === 'approve' ? (trigger.command.text.trim().split(/\s+/)[0] ?? '') : ''
  if (named === '') {
    const reason = `say which commands you approve: reply with the \`${phrase} approve <id>\` line of the paused run's comment`
    return { ok: false, reason }
  }
  if (named !== approval.id) {
    const reason = `'${named}' does not name the commands waiting for approval in this thread; nothing ran. The paused run's comment lists them with the reply that approves them`
    return { ok: false, reason }
  }
  const mismatch = await pausedCommentMismatch(client, trigger, own, approval, {
    triggerPhrase: phrase,
    redactor: deps.redactor,
  })
  return mismatch === undefined ? { ...found, approval } : { ok: false, reason: `${mismatch}; nothing ran` }
}
