// `/codex approve`, the GitHub side: the commands a paused run lists, rendered one way for the
// paused comment and for the check that the approver saw exactly the commands the saved state holds.
// The state itself never comes from a comment (action/approval-store.ts reads it from a hidden ref);
// the comment is only compared with it, and only when our own identity wrote it.
import { quote } from 'shell-quote'
import type { PendingApproval } from '../sandbox/rules.js'
import type { SavedApproval } from './approval-state.js'
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
export function approvalEntries(pending: readonly PendingApproval[]) {
  return pending.map((entry) => ({ command: quote(entry.command), justification: entry.justification }))
}

/** The reply that approves this list, e.g. `/codex approve 3f2a…`. */
export function approvalReply(triggerPhrase: string, id: string): string {
  return `${triggerPhrase} approve ${id}`
}

/**
 * Why the paused comment does not vouch for `state`, or undefined when it does: it must be the
 * comment the state names, written by our own identity (the author of `own`, this run's comment),
 * and show exactly the state's commands with the reply naming the state's id.
 */
export async function pausedCommentMismatch(
  client: GitHubClient,
  trigger: Trigger,
  own: CommentRef,
  state: SavedApproval,
  expected: { triggerPhrase: string; redactor: Redactor },
): Promise<string | undefined> {
  const self = await authorOf(client, trigger, own)
  const paused = await authorOf(client, trigger, state.comment).catch(() => undefined)
  if (self === undefined || paused === undefined || paused !== self)
    return 'the paused run’s comment is gone or was not written by this action'
  const body = await readCommentBody(client, trigger.repo, state.comment)
  const section = renderApprovalRequest(
    approvalEntries(state.pending),
    approvalReply(expected.triggerPhrase, state.id),
  )
  if (!body.includes(expected.redactor.redact(section)))
    return 'the commands in the paused run’s comment are not the ones its saved state would run'
  return undefined
}

/** Notes on the paused comment that it was approved (the state itself is gone by then). */
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
