// JSON for pull requests, their files, reviews and review comments. Diff figures come from real
// git in the base repository, between the base branch and `refs/pull/N/head`.
import type { IssueRecord, PullRecord, RepoRecord, ReviewCommentRecord, ReviewRecord } from './model.js'
import {
  authorAssociation,
  issueHtmlUrl,
  renderLabel,
  renderReactionRollup,
  renderRepo,
  renderUser,
  repoApiUrl,
  repoHtmlUrl,
} from './render.js'
import { reactionKey } from './state-core.js'
import type { GitHubState } from './state.js'

type Json = Record<string, unknown>

export interface DiffEntry {
  filename: string
  status: 'added' | 'removed' | 'modified'
  additions: number
  deletions: number
  sha: string
  patch: string | undefined
}

const STATUS_BY_LETTER: Record<string, DiffEntry['status']> = { A: 'added', D: 'removed' }

/** Files changed by the pull request, from the merge base to its head. */
export function pullFiles(issue: IssueRecord): DiffEntry[] {
  const git = issue.repo.git
  const range = `${issue.pull?.baseSha}...refs/pull/${issue.number}/head`
  const numstat = git.git(['diff', '--no-renames', '--numstat', '-z', range]).split('\0').filter(Boolean)
  const statuses = git.git(['diff', '--no-renames', '--name-status', '-z', range]).split('\0').filter(Boolean)
  const letterByPath = new Map<string, string>()
  for (let i = 0; i + 1 < statuses.length; i += 2) letterByPath.set(statuses[i + 1] ?? '', statuses[i] ?? 'M')
  return numstat.map((line) => {
    const [added = '0', deleted = '0', filename = ''] = line.split('\t')
    const status = STATUS_BY_LETTER[letterByPath.get(filename) ?? 'M'] ?? 'modified'
    const side = status === 'removed' ? `${issue.pull?.baseSha}` : `refs/pull/${issue.number}/head`
    const fullPatch = git.git(['diff', '--no-renames', range, '--', filename])
    const hunkStart = fullPatch.indexOf('\n@@')
    return {
      filename,
      status,
      additions: Number(added) || 0,
      deletions: Number(deleted) || 0,
      sha: git.tryGit(['rev-parse', `${side}:${filename}`]) ?? '0'.repeat(40),
      patch: hunkStart === -1 ? undefined : fullPatch.slice(hunkStart + 1),
    }
  })
}

export function renderDiffEntry(state: GitHubState, issue: IssueRecord, entry: DiffEntry): Json {
  const pull = issue.pull
  const ref = entry.status === 'removed' ? pull?.baseSha : pull?.headSha
  const encodedPath = entry.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: entry.sha,
    filename: entry.filename,
    status: entry.status,
    additions: entry.additions,
    deletions: entry.deletions,
    changes: entry.additions + entry.deletions,
    blob_url: `${repoHtmlUrl(state, issue.repo)}/blob/${ref}/${encodedPath}`,
    raw_url: `${repoHtmlUrl(state, issue.repo)}/raw/${ref}/${encodedPath}`,
    contents_url: `${repoApiUrl(state, issue.repo)}/contents/${encodedPath}?ref=${ref}`,
    ...(entry.patch === undefined ? {} : { patch: entry.patch }),
  }
}

function branchSide(state: GitHubState, repo: RepoRecord, ref: string, sha: string): Json {
  return {
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: renderUser(state, repo.owner),
    repo: renderRepo(state, repo),
  }
}

function link(href: string): Json {
  return { href }
}

/** `simple` leaves out the figures GitHub only computes for a single pull request. */
export function renderPull(state: GitHubState, issue: IssueRecord, simple = false): Json {
  state.syncPull(issue)
  const pull = issue.pull as PullRecord
  const repoApi = repoApiUrl(state, issue.repo)
  const api = `${repoApi}/pulls/${issue.number}`
  const html = issueHtmlUrl(state, issue)
  const issueApi = `${repoApi}/issues/${issue.number}`
  const statuses = `${repoApi}/statuses/${pull.headSha}`
  const assignees = issue.assignees.map((login) => renderUser(state, state.ensureUser(login)))
  const summary: Json = {
    url: api,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderUser(state, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => renderLabel(state, issue.repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => renderUser(state, state.ensureUser(login))),
    requested_teams: [],
    head: branchSide(state, pull.headRepo, pull.headRef, pull.headSha),
    base: branchSide(state, issue.repo, pull.baseRef, pull.baseSha),
    _links: {
      self: link(api),
      html: link(html),
      issue: link(issueApi),
      comments: link(`${issueApi}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${repoApi}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(statuses),
    },
    author_association: authorAssociation(issue.repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  }
  if (simple) return summary
  return { ...summary, ...pullFigures(state, issue, pull) }
}

function pullFigures(state: GitHubState, issue: IssueRecord, pull: PullRecord): Json {
  const files = pullFiles(issue)
  const commits = issue.repo.git.tryGit([
    'rev-list',
    '--count',
    `${pull.baseSha}..refs/pull/${issue.number}/head`,
  ])
  const comments = [...state.comments.values()].filter(
    (comment) => comment.repo === issue.repo && comment.issueNumber === issue.number,
  )
  const reviewComments = [...state.reviewComments.values()].filter(
    (comment) => comment.repo === issue.repo && comment.pullNumber === issue.number,
  )
  const mergeableState = pull.draft
    ? 'draft'
    : pull.mergeable === null
      ? 'unknown'
      : pull.mergeable
        ? 'clean'
        : 'dirty'
  return {
    merged: pull.merged,
    mergeable: pull.merged ? null : pull.mergeable,
    rebaseable: pull.mergeable,
    mergeable_state: pull.merged ? 'unknown' : mergeableState,
    merged_by: null,
    comments: comments.length,
    review_comments: reviewComments.length,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: Number(commits ?? 0),
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length,
  }
}

export function renderReview(state: GitHubState, review: ReviewRecord): Json {
  const issue = review.repo.issues.get(review.pullNumber)
  const html = issue ? issueHtmlUrl(state, issue) : ''
  const pullApi = `${repoApiUrl(state, review.repo)}/pulls/${review.pullNumber}`
  return {
    id: review.id,
    node_id: review.nodeId,
    user: renderUser(state, review.user),
    body: review.body,
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: pullApi,
    _links: { html: link(`${html}#pullrequestreview-${review.id}`), pull_request: link(pullApi) },
    ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
    author_association: authorAssociation(review.repo, review.user),
  }
}

export function renderReviewComment(state: GitHubState, comment: ReviewCommentRecord): Json {
  const issue = comment.repo.issues.get(comment.pullNumber)
  const url = `${repoApiUrl(state, comment.repo)}/pulls/comments/${comment.id}`
  const html = `${issue ? issueHtmlUrl(state, issue) : ''}#discussion_r${comment.id}`
  const pullApi = `${repoApiUrl(state, comment.repo)}/pulls/${comment.pullNumber}`
  return {
    url,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: comment.nodeId,
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.line,
    original_position: comment.line,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    ...(comment.inReplyTo === undefined ? {} : { in_reply_to_id: comment.inReplyTo }),
    user: renderUser(state, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(comment.repo, comment.user),
    _links: { self: link(url), html: link(html), pull_request: link(pullApi) },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startLine === null ? null : comment.side,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: 'line',
    reactions: renderReactionRollup(state, url, reactionKey({ kind: 'review_comment', id: comment.id })),
  }
}
