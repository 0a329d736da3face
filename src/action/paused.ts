// A run that paused for approval: the report lists each command exactly, with the reply that
// approves exactly that list, and the run's session — the transcript, the workspace diff and the
// pending commands — is saved as `awaiting-approval` through the same store and keeper as every
// session (session/store.ts), never in the comment. Nothing is committed or pushed.
import type { AgentResult } from '../agent/loop.js'
import { approvalEntries, approvalReply, threadNumber } from './approval-comment.js'
import type { ApprovalRequest, FinalReport } from '../report/render.js'
import { approvalId } from '../session/approval.js'
import type { SessionApproval } from '../session/approval.js'
import type { SessionKeeper } from '../session/keeper.js'
import type { TaskInput } from './task-input.js'
import { agentReport } from './task-report.js'
import { errorMessage } from '../common/errors.js'

export async function pausedReport(
  input: TaskInput,
  result: AgentResult,
  keeper: SessionKeeper | undefined,
): Promise<FinalReport> {
  const { deps } = input
  const report = agentReport(deps, result, input.startedAt, 'awaiting-approval')
  const approval: ApprovalRequest = { commands: approvalEntries(result.pendingApprovals), reply: undefined }
  deps.log(`awaiting approval: ${approval.commands.map((entry) => entry.command).join(' | ')}`)
  const thread = threadNumber(input.trigger)
  const comment = input.tracker.ref
  if (thread === undefined || comment === undefined || keeper === undefined) {
    approval.note =
      'This run cannot be approved by a comment (it has no comment thread, or runs in two jobs): run the ' +
      'task again with a rule that allows these commands.'
    return { ...report, approval }
  }
  const pending = result.pendingApprovals
  const saved: SessionApproval = {
    id: approvalId(pending),
    pending,
    thread,
    comment: { id: comment.id, kind: comment.kind },
  }
  try {
    await keeper.finish(result, 'awaiting-approval', undefined, saved)
    deps.log(`session saved awaiting approval (id ${saved.id})`)
    approval.reply = approvalReply(deps.settings.triggerPhrase, saved.id)
  } catch (error) {
    deps.log(`could not save the paused session: ${errorMessage(error)}`)
    approval.note =
      'The paused run could not be saved, so it cannot be resumed: run the task again, with a rule that ' +
      'allows these commands.'
  }
  return { ...report, approval }
}
