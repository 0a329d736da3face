// Where the action's comments go and how they are written exactly once. Each body starts with a
// hidden marker naming the run and the trigger; before creating, the thread is searched for it, and
// a create whose response was lost is never blindly repeated: the thread is searched again first.
import type { GitHubClient } from './client.js'
import type { RepoRef, RunnerEnv, Trigger } from './types.js'
import { errorText, statusOf } from './errors.js'

export interface CommentRef {
  id: number
  kind: 'issue_comment' | 'review_comment'
}

export interface PostedComment {
  ref: CommentRef
  url: string
}

/** An issue or PR conversation, or the thread of a review comment (replies go to its root). */
export type Thread =
  | { kind: 'issue'; repo: RepoRef; issueNumber: number; since: string | undefined }
  | { kind: 'review'; repo: RepoRef; pullNumber: number; replyTo: number; since: string | undefined }

export type Log = (line: string) => void

/** GitHub refuses bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536
const MAX_CREATE_ATTEMPTS = 3

/** The thread a trigger's comments belong in; undefined for schedule, dispatch and workflow_run. */
export function threadOf(trigger: Trigger): Thread | undefined {
  switch (trigger.source) {
    case 'issue_comment':
    case 'pull_request_review':
      return {
        kind: 'issue',
        repo: trigger.repo,
        issueNumber: trigger.issue.number,
        since: trigger.comment.createdAt,
      }
    case 'issues':
    case 'pull_request':
      return { kind: 'issue', repo: trigger.repo, issueNumber: trigger.issue.number, since: undefined }
    case 'pull_request_review_comment':
      return {
        kind: 'review',
        repo: trigger.repo,
        pullNumber: trigger.issue.number,
        replyTo: trigger.comment.reviewThread?.replyToId ?? trigger.comment.id,
        since: trigger.comment.createdAt,
      }
    default:
      return undefined
  }
}

/**
 * `<!-- codex-pr-action:tracking run=123 trigger=456 -->`: one comment per run, trigger and kind;
 * a sticky comment (github/sticky-comment.ts) ends with its word, e.g. ` sticky=review-12`.
 */
export function markerFor(
  kind: 'tracking' | 'reply',
  env: RunnerEnv,
  trigger: Trigger,
  stickyWord?: string,
): string {
  const sticky = stickyWord === undefined ? '' : ` ${stickyWord}`
  return `<!-- codex-pr-action:${kind} run=${env.runId} trigger=${triggerKey(trigger)}${sticky} -->`
}

function triggerKey(trigger: Trigger): string {
  switch (trigger.source) {
    case 'issue_comment':
    case 'pull_request_review_comment':
      return String(trigger.comment.id)
    case 'pull_request_review':
      return `review-${trigger.comment.id}`
    case 'issues':
      return `issue-${trigger.issue.number}`
    case 'pull_request':
      return `pull-${trigger.issue.number}-${trigger.issue.headShaAtEvent ?? ''}`
    default:
      return trigger.source
  }
}

/** Finds the comment carrying `marker`, or creates it; a transient failure never double-posts. */
export async function upsertComment(
  client: GitHubClient,
  thread: Thread,
  marker: string,
  body: string,
  options: { log: Log; retryDelayMs: number },
): Promise<PostedComment> {
  const existing = await findMarked(client, thread, marker)
  if (existing) {
    await editComment(client, thread.repo, existing.ref, body)
    return existing
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await createComment(client, thread, body)
    } catch (error) {
      if (!isTransient(error) || attempt >= MAX_CREATE_ATTEMPTS) throw error
      options.log(`Posting the comment failed (${errorText(error)}); checking whether it was posted anyway`)
      await sleep(options.retryDelayMs * attempt)
      const posted = await findMarked(client, thread, marker)
      if (posted) return posted
    }
  }
}

export async function editComment(
  client: GitHubClient,
  repo: RepoRef,
  ref: CommentRef,
  body: string,
): Promise<void> {
  const params = { owner: repo.owner, repo: repo.repo, comment_id: ref.id, body }
  if (ref.kind === 'issue_comment') await client.rest.issues.updateComment(params)
  else await client.rest.pulls.updateReviewComment(params)
}

export async function readCommentBody(client: GitHubClient, repo: RepoRef, ref: CommentRef): Promise<string> {
  const params = { owner: repo.owner, repo: repo.repo, comment_id: ref.id }
  const response =
    ref.kind === 'issue_comment'
      ? await client.rest.issues.getComment(params)
      : await client.rest.pulls.getReviewComment(params)
  return response.data.body ?? ''
}

// Octokit's retry plugin would repeat a POST whose response was lost and post twice; creates go
// out without it and upsertComment retries them after looking in the thread.
const NO_AUTOMATIC_RETRY = { retries: 0 }

async function createComment(client: GitHubClient, thread: Thread, body: string): Promise<PostedComment> {
  const { owner, repo } = thread.repo
  if (thread.kind === 'issue') {
    const response = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: thread.issueNumber,
      body,
      request: NO_AUTOMATIC_RETRY,
    })
    return { ref: { id: Number(response.data.id), kind: 'issue_comment' }, url: response.data.html_url }
  }
  const response = await client.rest.pulls.createReplyForReviewComment({
    owner,
    repo,
    pull_number: thread.pullNumber,
    comment_id: thread.replyTo,
    body,
    request: NO_AUTOMATIC_RETRY,
  })
  return { ref: { id: Number(response.data.id), kind: 'review_comment' }, url: response.data.html_url }
}

interface ListedComment {
  /** int64 in GitHub's description, hence bigint in Octokit's types. */
  id: number | bigint
  body?: string | null | undefined
  html_url: string
  user: { type: string } | null
}

/**
 * The newest comment in the thread whose body starts with `marker`, written by a bot (the
 * GITHUB_TOKEN or an app): a person cannot plant a marker for us to adopt. The first page after
 * `since` is read, and the last page when there are more, where a fresh comment lands.
 */
async function findMarked(
  client: GitHubClient,
  thread: Thread,
  marker: string,
): Promise<PostedComment | undefined> {
  const kind = thread.kind === 'issue' ? 'issue_comment' : 'review_comment'
  const pages = await listNewestComments(client, thread)
  const match = pages
    .sort((a, b) => Number(b.id) - Number(a.id))
    .find((comment) => (comment.body ?? '').startsWith(marker) && comment.user?.type === 'Bot')
  return match ? { ref: { id: Number(match.id), kind }, url: match.html_url } : undefined
}

async function listNewestComments(client: GitHubClient, thread: Thread): Promise<ListedComment[]> {
  const base = {
    owner: thread.repo.owner,
    repo: thread.repo.repo,
    per_page: 100,
    ...sinceParam(thread.since),
  }
  const list = async (page: number) =>
    thread.kind === 'issue'
      ? await client.rest.issues.listComments({ ...base, issue_number: thread.issueNumber, page })
      : await client.rest.pulls.listReviewComments({ ...base, pull_number: thread.pullNumber, page })
  const first = await list(1)
  const lastPage = lastPageOf(first.headers.link)
  if (lastPage === undefined || lastPage <= 1) return [...first.data]
  const last = await list(lastPage)
  return [...first.data, ...last.data]
}

function sinceParam(since: string | undefined): { since?: string } {
  return since ? { since } : {}
}

function lastPageOf(link: string | undefined): number | undefined {
  const match = /<([^>]+)>;\s*rel="last"/.exec(link ?? '')
  if (!match?.[1]) return undefined
  const page = Number(new URL(match[1]).searchParams.get('page'))
  return Number.isInteger(page) && page > 0 ? page : undefined
}

/** A 5xx or a network failure (Octokit reports those as 500): the request may have landed. */
function isTransient(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
