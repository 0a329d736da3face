// A run that paused for approval: the report lists each command exactly, with the reply that
// approves exactly that list, and the state `/codex approve` resumes from — the transcript and the
// workspace diff — is saved under a hidden ref only the harness writes (approval-store.ts), never
// in the comment. Nothing is committed or pushed.
import type { AgentResult } from '../agent/loop.js'
import type { ResumeState } from './approval-state.js'
import { approvalEntries, approvalReply, threadNumber } from './approval-comment.js'
import type { ApprovalRequest, FinalReport } from '../report/render.js'
import { captureWorkspaceDiff } from '../git/resume-diff.js'
import { saveApproval } from './approval-store.js'
import type { TaskInput } from './task-input.js'
import { agentReport } from './task-report.js'
import { errorMessage } from '../common/errors.js'

export async function pausedReport(
  input: TaskInput,
  result: AgentResult,
  startSha: string,
): Promise<FinalReport> {
  const { deps } = input
  const report = agentReport(deps, result, input.startedAt, 'awaiting-approval')
  const approval: ApprovalRequest = { commands: approvalEntries(result.pendingApprovals), reply: undefined }
  deps.log(`awaiting approval: ${approval.commands.map((entry) => entry.command).join(' | ')}`)
  const thread = threadNumber(input.trigger)
  const comment = input.tracker.ref
  if (thread === undefined || comment === undefined || deps.settings.mode !== 'run') {
    approval.note =
      'This run cannot be approved by a comment (it has no comment thread, or runs in two jobs): run the ' +
      'task again with a rule that allows these commands.'
    return { ...report, approval }
  }
  const diff = await captureWorkspaceDiff(deps.env.workspace, startSha, { tempRoot: deps.env.runnerTemp })
  const state: ResumeState = {
    task: input.resume?.state.task ?? input.context.task,
    startSha,
    pending: result.pendingApprovals,
    history: result.transcript,
    summary: result.finalMessage,
    diff,
  }
  try {
    const id = await saveApproval(deps, input.trigger, thread, comment, state)
    approval.reply = approvalReply(deps.settings.triggerPhrase, id)
  } catch (error) {
    const why = errorMessage(error)
    deps.log(`could not save the approval state: ${why}`)
    approval.note =
      'The paused run could not be saved, so it cannot be resumed: run the task again, with a rule that ' +
      'allows these commands.'
  }
  return { ...report, approval }
}
