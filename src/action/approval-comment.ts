// `/codex approve`, the GitHub side: the commands a paused run lists, rendered one way for the
// paused comment and for the check that the approver saw exactly the commands its session holds.
// The session itself never comes from a comment (session/store.ts reads it from a hidden ref); the
// comment is only compared with it, and only when our own identity wrote it.
import { quote } from 'shell-quote'
import type { PendingCommand, SessionApproval } from '../session/approval.js'
import type { GitHubClient } from '../github/client.js'
import { editComment, readCommentBody, threadOf } from '../github/comment-thread.js'
import type { CommentRef } from '../github/comment-thread.js'
import { renderApprovalRequest } from '../report/render.js'
import type { Redactor } from '../common/redact.js'
import type { Trigger } from '../github/types.js'

/** The issue or PR number whose thread a paused run and its approval share; none without a thread. */
export function threadNumber(trigger: Trigger): number | undefined {
  const thread = threadOf(trigger)
  if (!thread) return undefined
  return thread.kind === 'issue' ? thread.issueNumber : thread.pullNumber
}

/** Each command exactly as it would run (shell-quoted argv), with why it needs approval. */
export function approvalEntries(pending: readonly PendingCommand[]) {
  return pending.map((entry) => ({ command: quote(entry.command), justification: entry.justification }))
}

/** The reply that approves this list, e.g. `/codex approve 3f2a…`. */
export function approvalReply(triggerPhrase: string, id: string): string {
  return `${triggerPhrase} approve ${id}`
}

/**
 * Why the paused comment does not vouch for `approval`, or undefined when it does: it must be the
 * comment the session names, written by our own identity (the author of `own`, this run's comment),
 * and show exactly the session's commands with the reply naming its id.
 */
export async function pausedCommentMismatch(
  client: GitHubClient,
  trigger: Trigger,
  own: CommentRef,
  approval: SessionApproval,
  expected: { triggerPhrase: string; redactor: Redactor },
): Promise<string | undefined> {
  const self = await authorOf(client, trigger, own)
  const paused = await authorOf(client, trigger, approval.comment).catch(() => undefined)
  if (self === undefined || paused === undefined || paused !== self)
    return 'the paused run’s comment is gone or was not written by this action'
  const body = await readCommentBody(client, trigger.repo, approval.comment)
  const section = renderApprovalRequest(
    approvalEntries(approval.pending),
    approvalReply(expected.triggerPhrase, approval.id),
  )
  if (!body.includes(expected.redactor.redact(section)))
    return 'the commands in the paused run’s comment are not the ones its saved session would run'
  return undefined
}

/** Notes on the paused comment that it was approved (its session is claimed by then). */
export async function markApprovalUsed(
  client: GitHubClient,
  trigger: Trigger,
  paused: CommentRef,
  note: string,
): Promise<void> {
  const body = await readCommentBody(client, trigger.repo, paused)
  await editComment(client, trigger.repo, paused, `${body.trimEnd()}\n\n${note}`)
}

async function authorOf(
  client: GitHubClient,
  trigger: Trigger,
  ref: CommentRef,
): Promise<number | undefined> {
  const params = { owner: trigger.repo.owner, repo: trigger.repo.repo, comment_id: ref.id }
  const response =
    ref.kind === 'issue_comment'
      ? await client.rest.issues.getComment(params)
      : await client.rest.pulls.getReviewComment(params)
  const id = response.data.user?.id
  return id === undefined ? undefined : Number(id)
}
