// A run that paused for approval: the report lists each command exactly and how to approve it, and
// carries the state `/codex approve` resumes from — the transcript and the workspace diff — hidden
// in the tracking comment. Nothing is committed or pushed.
import { quote } from 'shell-quote'
import type { AgentResult } from '../agent/loop.js'
import { encodeResumeState } from '../github/approval-state.js'
import type { ResumeState } from '../github/approval-state.js'
import { MAX_COMMENT_CHARS } from '../github/comment-thread.js'
import { renderFinal } from '../github/report.js'
import type { ApprovalRequest, FinalReport } from '../github/report.js'
import { captureWorkspaceDiff } from '../git/resume-diff.js'
import type { TaskInput } from './task.js'
import { agentReport } from './task.js'

/** Room kept for the marker, redaction and the clamp note around the body. */
const COMMENT_MARGIN = 2_000

export async function pausedReport(
  input: TaskInput,
  result: AgentResult,
  startSha: string,
): Promise<FinalReport> {
  const { deps } = input
  const report = agentReport(deps, result, input.startedAt, 'awaiting-approval')
  const approval: ApprovalRequest = {
    commands: result.pendingApprovals.map((entry) => ({
      command: quote(entry.command),
      justification: entry.justification,
    })),
    reply: `${deps.settings.triggerPhrase} approve`,
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
  const room = MAX_COMMENT_CHARS - COMMENT_MARGIN - renderFinal({ ...report, approval }).length
  const encoded = encodeResumeState(state, room, (text) => deps.redactor.redact(text))
  if (!encoded) {
    approval.reply = undefined
    approval.note =
      'The changes so far are too large to carry in a comment, so this run cannot be resumed: run the task ' +
      'again, with a rule that allows these commands or a smaller change.'
  } else {
    approval.state = encoded.comment
    if (!encoded.transcriptKept) {
      approval.note =
        'The transcript did not fit in this comment: approving resumes from the diff and a summary.'
    }
  }
  deps.log(`awaiting approval: ${approval.commands.map((entry) => entry.command).join(' | ')}`)
  return { ...report, approval }
}
