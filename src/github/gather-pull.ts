// The pull-request part of the context: the changed files and a diff within a budget, and the
// review thread or review a trigger came from. Patches and hunks are code, shown verbatim on
// GitHub, so only invisible and bidi characters are taken out of them.
import { PER_PAGE, type GitHubClient } from './client.js'
import { quoteAsData, stripInvisible } from './sanitize.js'
import type { PullInfo, RepoRef, Trigger } from './types.js'

/** One comment of a conversation, as the API lists it. */
export interface ThreadComment {
  id: number
  author: string
  body: string
  createdAt: string
  updatedAt: string
  /** For review comments: the file and line it is on. */
  where?: string | undefined
}

/** A file of a pull request as the API lists it: path, status, line counts and the text patch. */
export interface PullFile {
  path: string
  status: string
  additions: number
  deletions: number
  /** Undefined for a binary file or one too large for the API. */
  patch: string | undefined
}

export async function listPullFiles(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<PullFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: number,
    per_page: PER_PAGE,
  })
  return files.map((file) => ({
    path: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    patch: file.patch,
  }))
}

/**
 * The files of a pull request as they are at `headSha`. GitHub lists them for the PR's head of the
 * moment, so the head is read again after the listing: a push before the listing moved it, and the
 * list (a diff the checkout does not hold, possibly of a fork's commit nobody looked at) is refused.
 */
export async function listPullFilesAt(
  client: GitHubClient,
  repo: RepoRef,
  pull: Pick<PullInfo, 'number' | 'headSha'>,
): Promise<PullFile[]> {
  const files = await listPullFiles(client, repo, pull.number)
  const { data } = await client.rest.pulls.get({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pull.number,
  })
  if (data.head.sha !== pull.headSha) {
    throw new PullMovedError(
      `pull request #${pull.number} moved from ${pull.headSha.slice(0, 7)} to ${data.head.sha.slice(0, 7)} while its changes were read, so the list no longer matches the commit checked out; nothing was reviewed. The new head gets its own run (or comment again).`,
    )
  }
  return files
}

export class PullMovedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PullMovedError'
  }
}

const DEFAULT_DIFF_BYTES = 60_000

/**
 * Two blocks: every changed file with its counts, then the patches that fit in `maxDiffBytes`
 * whole (a patch is never cut in the middle); the files whose patch did not fit are named with
 * "(diff omitted)", so the model knows to read them in the checkout.
 */
export async function pullDiff(
  client: GitHubClient,
  repo: RepoRef,
  pull: PullInfo,
  maxDiffBytes = DEFAULT_DIFF_BYTES,
  log: (line: string) => void,
): Promise<string[]> {
  const files = await listPullFiles(client, repo, pull.number)
  const list = files.map(
    (file) => `${file.status} ${displayPath(file.path)} (+${file.additions} -${file.deletions})`,
  )
  const patches: string[] = []
  const omitted: string[] = []
  let remaining = maxDiffBytes
  for (const file of files) {
    if (file.patch === undefined) {
      omitted.push(`${displayPath(file.path)} (no text diff: binary or too large for the API)`)
      continue
    }
    const section = `diff --git a/${displayPath(file.path)} b/${displayPath(file.path)}\n${file.patch}\n`
    const size = Buffer.byteLength(section)
    if (size > remaining) {
      omitted.push(`${displayPath(file.path)} (diff omitted)`)
      continue
    }
    remaining -= size
    patches.push(section)
  }
  if (omitted.length > 0)
    log(`pull request #${pull.number}: ${omitted.length} file diff(s) left out of the context`)
  const diff = [...patches, ...(omitted.length > 0 ? [`\n${omitted.join('\n')}\n`] : [])].join('')
  const side = `base ${pull.baseRef}, head ${pull.headRepoFullName}:${pull.headRef}`
  return [
    quoteAsData(
      `Files changed by pull request #${pull.number} (${files.length})`,
      stripInvisible(list.join('\n')),
    ),
    quoteAsData(`Diff of pull request #${pull.number} (${side})`, stripInvisible(diff || '(no changes)')),
  ]
}

/**
 * For a review comment: the code it is on and the earlier comments of its thread. For a review:
 * the inline comments submitted with it.
 */
export async function reviewCommentsFor(
  client: GitHubClient,
  trigger: Extract<Trigger, { source: 'pull_request_review_comment' | 'pull_request_review' }>,
): Promise<{ hunk: string | undefined; comments: ThreadComment[] }> {
  const { owner, repo } = trigger.repo
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    owner,
    repo,
    pull_number: trigger.issue.number,
    per_page: PER_PAGE,
  })
  const thread = trigger.comment.reviewThread
  const belongs = (comment: (typeof all)[number]): boolean =>
    trigger.source === 'pull_request_review'
      ? Number(comment.pull_request_review_id) === trigger.comment.id
      : Number(comment.id) === thread?.replyToId || comment.in_reply_to_id === thread?.replyToId
  const comments = all.filter(belongs).map((comment) => ({
    id: Number(comment.id),
    author: comment.user?.login ?? 'ghost',
    body: comment.body,
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
    where: `${displayPath(comment.path)} line ${comment.line ?? comment.original_line ?? '?'}`,
  }))
  const hunk =
    trigger.source === 'pull_request_review_comment' && thread
      ? quoteAsData(
          `Code under the review comment: ${displayPath(thread.path)} line ${thread.line ?? '?'}`,
          stripInvisible(thread.diffHunk),
        )
      : undefined
  return { hunk, comments }
}

/** A file name on one line: control characters (a newline is legal in git paths) are escaped. */
function displayPath(name: string): string {
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name
}
