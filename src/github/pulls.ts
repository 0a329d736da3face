// Create the pull request, or update the open one for the same head: a re-run on the same branch
// edits the PR it opened before instead of opening another. Safe against a concurrent run that
// creates it first (GitHub's 422 "A pull request already exists" turns into the update path).
import type { GitHubClient } from './client.js'
import { errorText, statusOf } from './errors.js'
import type { RepoRef } from './types.js'

export interface PullRequestSpec {
  repo: RepoRef
  /** A branch of `repo` holding the commits. */
  head: string
  base: string
  title: string
  body: string
  /** For a new PR only; an existing PR keeps its draft state. */
  draft: boolean
  /** The person who asked: review is requested from them (skipped quietly if GitHub refuses). */
  reviewer?: string | undefined
  log?: ((line: string) => void) | undefined
}

export interface PullRequestResult {
  number: number
  url: string
  operation: 'created' | 'updated'
}

export class PullRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PullRequestError'
  }
}

export async function upsertPullRequest(
  client: GitHubClient,
  spec: PullRequestSpec,
): Promise<PullRequestResult> {
  const log = spec.log ?? (() => {})
  const existing = await findOpenPull(client, spec)
  let result: PullRequestResult
  if (existing) {
    result = await updatePull(client, spec, existing)
  } else {
    try {
      const { data } = await client.rest.pulls.create({
        owner: spec.repo.owner,
        repo: spec.repo.repo,
        head: spec.head,
        base: spec.base,
        title: spec.title,
        body: spec.body,
        draft: spec.draft,
      })
      result = { number: data.number, url: data.html_url, operation: 'created' }
    } catch (error) {
      const text = errorText(error)
      if (statusOf(error) !== 422) throw error
      if (!/pull request already exists/i.test(text)) {
        throw new PullRequestError(
          `GitHub refused to open the pull request ${spec.head} → ${spec.base}: ${text}`,
        )
      }
      // Another run opened it between our look-up and our create: update that one.
      const raced = await findOpenPull(client, spec)
      if (!raced)
        throw new PullRequestError(
          `GitHub says a pull request for ${spec.head} exists, but none is open: ${text}`,
        )
      result = await updatePull(client, spec, raced)
    }
  }
  log(`pull request #${result.number} ${result.operation}: ${result.url}`)
  if (spec.reviewer) await requestReview(client, spec, result.number, spec.reviewer, log)
  return result
}

/** The open pull request from `head` (into `base` if there are several), left as it is. */
export async function findOpenPull(
  client: GitHubClient,
  spec: Pick<PullRequestSpec, 'repo' | 'head' | 'base'>,
): Promise<{ number: number; html_url: string } | undefined> {
  const { data } = await client.rest.pulls.list({
    owner: spec.repo.owner,
    repo: spec.repo.repo,
    state: 'open',
    head: `${spec.repo.owner}:${spec.head}`,
    per_page: 100,
  })
  // The head filter is exact on GitHub; the check keeps a lenient server from matching another head.
  const sameHead = data.filter((pull) => pull.head.ref === spec.head)
  return sameHead.find((pull) => pull.base.ref === spec.base) ?? sameHead[0]
}

async function updatePull(
  client: GitHubClient,
  spec: PullRequestSpec,
  pull: { number: number },
): Promise<PullRequestResult> {
  const { data } = await client.rest.pulls.update({
    owner: spec.repo.owner,
    repo: spec.repo.repo,
    pull_number: pull.number,
    title: spec.title,
    body: spec.body,
  })
  return { number: data.number, url: data.html_url, operation: 'updated' }
}

async function requestReview(
  client: GitHubClient,
  spec: PullRequestSpec,
  pullNumber: number,
  reviewer: string,
  log: (line: string) => void,
): Promise<void> {
  if (reviewer.endsWith('[bot]')) return
  try {
    await client.rest.pulls.requestReviewers({
      owner: spec.repo.owner,
      repo: spec.repo.repo,
      pull_number: pullNumber,
      reviewers: [reviewer],
    })
  } catch (error) {
    // 422: the requester authored the PR, or is not a collaborator. The PR stands either way.
    log(`could not request a review from ${reviewer} on #${pullNumber}: ${errorText(error)}`)
  }
}
