// Which pull request a trigger is about, and its details from the API: comment payloads lack the
// branches, and a payload's copy may be stale by the time the job runs.
import type { GitHubClient } from './client.js'
import type { PullInfo, RepoRef, Trigger } from './types.js'

/**
 * The pull request the trigger is about: a comment, review or review comment on one, or a failed
 * run that GitHub ties to exactly one pull request of this repository.
 */
export function pullNumberOf(trigger: Trigger): number | undefined {
  switch (trigger.source) {
    case 'issue_comment':
      return trigger.issue.isPullRequest ? trigger.issue.number : undefined
    case 'pull_request_review_comment':
    case 'pull_request_review':
    case 'pull_request':
      return trigger.issue.number
    case 'workflow_run':
      return trigger.run.pullRequests.length === 1 ? trigger.run.pullRequests[0] : undefined
    default:
      return undefined
  }
}

export async function fetchPullInfo(client: GitHubClient, repo: RepoRef, number: number): Promise<PullInfo> {
  const { data } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number })
  const baseRepo = data.base.repo.full_name
  // A deleted fork leaves `head.repo` null: treat it as a fork, the cautious reading.
  const headRepo = data.head.repo?.full_name ?? ''
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    draft: data.draft ?? false,
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepoFullName: headRepo,
    isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    htmlUrl: data.html_url,
    updatedAt: data.updated_at,
  }
}
