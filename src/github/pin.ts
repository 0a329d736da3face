// Which commit of a fork's pull request the action may work on: only the head the person who asked
// could have seen. The fork's author can push at any moment, and a commit pushed after the
// maintainer's comment (a workflow file, a poisoned test) is one nobody with write access looked at.
//
// The rule uses only what GitHub itself records, never dates inside commits (their author sets
// those): a review or review comment carries `pull_request.head.sha` from the moment it was made,
// which must still be the head. An issue comment carries no head, so the PR's `updated_at` (server
// time, moved by every push) must not be later than the comment; anything later may be a push,
// and the action asks for a new comment rather than guess. This check runs before the action
// writes anything, since its own comments also move `updated_at`.
import type { GitHubClient } from './client.js'
import { fetchPullInfo, pullNumberOf } from './pull-info.js'
import type { PullInfo, Trigger } from './types.js'

/** GitHub may stamp a PR's `updated_at` a second after the comment that touched it. */
const CLOCK_GRACE_MS = 2_000

export type PinDecision = { pinned: true; pull: PullInfo | undefined } | { pinned: false; reason: string }

export async function pinPullHead(client: GitHubClient, trigger: Trigger): Promise<PinDecision> {
  const number = trigger.source === 'workflow_run' ? undefined : pullNumberOf(trigger)
  if (number === undefined) return { pinned: true, pull: undefined }
  const pull = await fetchPullInfo(client, trigger.repo, number)
  if (!pull.isFork || !('issue' in trigger)) return { pinned: true, pull }
  const seen = trigger.issue.headShaAtEvent
  const head = pull.headSha.slice(0, 7)
  if (seen !== undefined) {
    if (seen === pull.headSha) return { pinned: true, pull }
    return refuse(pull, `its head moved from ${seen.slice(0, 7)}, the commit your review was on, to ${head}`)
  }
  const askedAt = 'comment' in trigger ? trigger.comment.createdAt : ''
  const asked = Date.parse(askedAt)
  const changed = Date.parse(pull.updatedAt ?? '')
  if (Number.isNaN(asked) || Number.isNaN(changed)) {
    return refuse(pull, 'GitHub did not say when it last changed, so its head may be newer than your comment')
  }
  if (changed <= asked + CLOCK_GRACE_MS) return { pinned: true, pull }
  return refuse(
    pull,
    `it changed at ${pull.updatedAt} after your comment of ${askedAt}, so its head ${head} may hold commits pushed since`,
  )
}

function refuse(pull: PullInfo, why: string): PinDecision {
  return {
    pinned: false,
    reason:
      `pull request #${pull.number} comes from the fork ${pull.headRepoFullName} and ${why}. ` +
      'The action works only on the commit you could have seen when you asked, so nothing was run. ' +
      'Look at the new commits, then comment again.',
  }
}
