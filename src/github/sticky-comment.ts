// One tracking comment per pull request for its automatic reviews: each push would otherwise add
// a comment, and a busy PR would collect one per push. The review's tracking comment carries a
// `sticky=<key>` word in its hidden marker; the next review finds it and edits it in place. Only a
// comment written by this action's own identity (identity.ts) is adopted, so a marker copied into
// anyone else's comment, a person's or another app's, is never taken for ours.
import type { GitHubClient } from './client.js'
import { errorText } from './errors.js'
import { ownLogin, writtenBy } from './identity.js'
import type { PostedComment, Thread } from './comment-thread.js'

/** The word the marker of a sticky tracking comment ends with, e.g. `sticky=review-12`. */
export function stickyWord(key: string): string {
  return `sticky=${key}`
}

/**
 * The newest comment on the thread that this action wrote as the sticky comment `key`, or
 * undefined (none yet, a review-comment thread, or our identity could not be learnt: then a new
 * comment is posted, which is never wrong, only noisier).
 */
export async function findStickyComment(
  client: GitHubClient,
  thread: Thread,
  key: string,
  log: (line: string) => void,
): Promise<PostedComment | undefined> {
  if (thread.kind !== 'issue') return undefined
  const own = await ownLogin(client).catch((error: unknown) => {
    log(`Could not learn this action's GitHub identity (${errorText(error)}); posting a new comment`)
    return undefined
  })
  if (own === undefined) return undefined
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: thread.repo.owner,
    repo: thread.repo.repo,
    issue_number: thread.issueNumber,
    per_page: 100,
  })
  const marker = new RegExp(`^<!-- codex-pr-action:tracking [^\\n]*? ${escape(stickyWord(key))} -->`)
  const ours = comments
    .filter((comment) => writtenBy(comment.user, own) && marker.test(comment.body ?? ''))
    .sort((a, b) => Number(b.id) - Number(a.id))[0]
  return ours ? { ref: { id: Number(ours.id), kind: 'issue_comment' }, url: ours.html_url } : undefined
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
