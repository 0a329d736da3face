// `/codex approve <id>`: a person with write permission approves the commands a paused run asked
// for. The run's state is read only from the hidden ref the harness wrote (approval-store.ts), and
// used only when it names this thread, its commands are the ones the approver named by id and the
// paused comment (by our own identity) shows, and the code is still where the run paused. It is
// removed before resuming, so one approval resumes once; then the task goes on as a normal task:
// same transcript, the workspace diff restored, those exact commands allowed once, published as usual.
import { markApprovalUsed, pausedCommentMismatch, threadNumber } from './approval-comment.js'
import type { GitHubClient } from '../github/client.js'
import type { TrackingComment } from '../github/comments.js'
import type { CommentRef } from '../github/comments.js'
import { gatherContext } from '../github/gather.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { GateDecision, Trigger } from '../github/types.js'
import { readHeadSha } from '../git/index.js'
import { consumeApproval, loadApproval } from './approval-store.js'
import type { LoadedApproval } from './approval-store.js'
import type { ActionDeps, ActionOutcome } from './deps.js'
import { emptyReport } from './deps.js'
import { runTask } from './task.js'
import { finishTask, refuse, startTracking } from './tracked-task.js'
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
  const thread = threadNumber(trigger)
  if (thread === undefined) return refused('this event has no comment thread to find a pending approval in')
  const checked = await approvedState(input, tracker.ref, thread)
  if (!checked.ok) return refused(checked.reason)
  const { state } = checked

  // The paused task is the instruction; the approving comment adds none.
  const resumed: Trigger = { ...trigger, command: { kind: 'task', text: state.task } }
  const context = await gatherContext(client, resumed, { log: deps.log })
  const head = context.pull?.headSha ?? (await readHeadSha(deps.env.workspace, deps.signal))
  if (head !== state.startSha) {
    return refused(
      `the code moved since the run paused (it started at ${state.startSha.slice(0, 12)}, now ${head.slice(0, 12)}): run the task again`,
    )
  }
  if (!(await consumeApproval(deps, trigger, thread, checked.sha)))
    return refused('this paused run was already resumed by another approval')
  const approver = trigger.actor.login
  const note = `✅ Approved by @${approver}: resumed in [this run](${runUrl(deps.env)}).`
  await markApprovalUsed(client, trigger, state.comment, note)
  deps.log(`approved by @${approver}: ${state.pending.map((entry) => entry.command.join(' ')).join(' | ')}`)
  const trusted = await loadTrustedConfig(client, deps, resumed, context.pull)
  return runTask({
    deps,
    client,
    trigger: resumed,
    context: { ...context, task: state.task },
    trusted,
    tracker,
    forceReadOnly: false,
    startedAt,
    resume: { state, approver },
  })
}

/**
 * The saved state of this thread, if the approver named its id and the paused comment (written by
 * our identity, the author of `own`) shows exactly its commands; otherwise why not.
 */
async function approvedState(input: ApproveInput, own: CommentRef, thread: number): Promise<LoadedApproval> {
  const { deps, client, trigger } = input
  const loaded = await loadApproval(deps, trigger, thread)
  if (!loaded.ok) return loaded
  const phrase = deps.settings.triggerPhrase
  const named = trigger.command.kind === 'approve' ? (trigger.command.text.trim().split(/\s+/)[0] ?? '') : ''
  if (named === '') {
    const reason = `say which commands you approve: reply with the \`${phrase} approve <id>\` line of the paused run's comment`
    return { ok: false, reason }
  }
  if (named !== loaded.state.id) {
    const reason = `'${named}' does not name the commands waiting for approval in this thread; nothing ran. The paused run's comment lists them with the reply that approves them`
    return { ok: false, reason }
  }
  const mismatch = await pausedCommentMismatch(client, trigger, own, loaded.state, {
    triggerPhrase: phrase,
    redactor: deps.redactor,
  })
  return mismatch === undefined ? loaded : { ok: false, reason: `${mismatch}; nothing ran` }
}
