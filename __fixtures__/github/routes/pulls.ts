// Pull requests, their files and commits, reviews, review comments and requested reviewers.
import { ACTIONS_BOT } from '../state-core.js'
import { ApiError, notFound, validationFailed } from '../errors.js'
import type { IssueRecord, ReviewCommentRecord, ReviewState } from '../model.js'
import { renderRestCommit } from '../render-git.js'
import { asSentence, reviewCommentProblems } from '../review-lines.js'
import { pullFiles, renderDiffEntry, renderPull, renderReview, renderReviewComment } from '../render-pulls.js'
import { renderUser } from '../render.js'
import {
  type ApiRequest,
  type Handler,
  booleanField,
  byId,
  field,
  intParam,
  noContent,
  numberField,
  ok,
  paginate,
  repoOf,
  requireString,
  stringArrayField,
  stringField,
} from './common.js'

function pullIssueOf(request: ApiRequest): IssueRecord {
  const issue = request.state.issue(repoOf(request), intParam(request, 'pull_number'))
  if (!issue.pull) throw notFound()
  return issue
}

function reviewCommentOf(request: ApiRequest): ReviewCommentRecord {
  const repo = repoOf(request)
  const comment = request.state.reviewComments.get(intParam(request, 'comment_id'))
  if (!comment || comment.repo !== repo) throw notFound()
  return comment
}

function fullName(issue: IssueRecord): string {
  return `${issue.repo.owner.login}/${issue.repo.name}`
}

const listPulls: Handler = (request) => {
  const repo = repoOf(request)
  const state = request.query.get('state') ?? 'open'
  // GitHub ignores a `head` filter that lacks the `owner:` prefix.
  const head = request.query.get('head')?.includes(':') ? request.query.get('head') : undefined
  const base = request.query.get('base')
  const pulls = [...repo.issues.values()].filter((issue) => {
    const pull = issue.pull
    if (!pull || (state !== 'all' && issue.state !== state)) return false
    if (head && `${pull.headRepo.owner.login}:${pull.headRef}`.toLowerCase() !== head.toLowerCase())
      return false
    return !base || pull.baseRef === base
  })
  const sortKey = request.query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt'
  const ascending = request.query.get('direction') === 'asc'
  pulls.sort((a, b) => (a[sortKey] === b[sortKey] ? a.number - b.number : a[sortKey] < b[sortKey] ? -1 : 1))
  if (!ascending) pulls.reverse()
  return paginate(request, pulls, (issue) => renderPull(request.state, issue, true))
}

const createPull: Handler = (request) => {
  const repo = repoOf(request)
  if (!request.state.actionsMayCreatePullRequests && request.viewer.login === ACTIONS_BOT.login)
    throw new ApiError(403, 'GitHub Actions is not permitted to create or approve pull requests.')
  const issue = request.state.openPull(repo, {
    title: requireString(request.body, 'title'),
    head: requireString(request.body, 'head'),
    base: requireString(request.body, 'base'),
    body: stringField(request.body, 'body') ?? null,
    draft: booleanField(request.body, 'draft') ?? false,
    user: request.viewer.login,
    ...(booleanField(request.body, 'maintainer_can_modify') === undefined
      ? {}
      : { maintainerCanModify: booleanField(request.body, 'maintainer_can_modify') }),
  })
  return ok(renderPull(request.state, issue), 201)
}

const updatePull: Handler = (request) => {
  const issue = pullIssueOf(request)
  const pull = issue.pull
  if (!pull) throw notFound()
  const { body } = request
  issue.title = stringField(body, 'title') ?? issue.title
  if (field(body, 'body') !== undefined) issue.body = stringField(body, 'body') ?? null
  const base = stringField(body, 'base')
  if (base !== undefined) {
    if (!issue.repo.git.resolveRef(`refs/heads/${base}`)) {
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
    }
    pull.baseRef = base
  }
  const state = stringField(body, 'state')
  if ((state === 'open' || state === 'closed') && state !== issue.state) {
    if (pull.merged)
      throw new ApiError(422, 'Validation Failed', [{ message: 'Cannot reopen a merged pull request' }])
    issue.state = state
    issue.closedAt = state === 'closed' ? request.state.now() : null
  }
  pull.maintainerCanModify = booleanField(body, 'maintainer_can_modify') ?? pull.maintainerCanModify
  issue.updatedAt = request.state.now()
  return ok(renderPull(request.state, issue))
}

const getPull: Handler = (request) => {
  const issue = pullIssueOf(request)
  const accept = String(request.headers.accept ?? '')
  if (accept.includes('.diff') || accept.includes('.patch')) {
    request.state.syncPull(issue)
    const range = `${issue.pull?.baseSha}...refs/pull/${issue.number}/head`
    return { status: 200, text: `${issue.repo.git.git(['diff', range])}\n` }
  }
  return ok(renderPull(request.state, issue))
}

const createReview: Handler = (request) => {
  const issue = pullIssueOf(request)
  const event = stringField(request.body, 'event')
  if (event === 'APPROVE' && issue.user === request.viewer) {
    throw new ApiError(422, 'Unprocessable Entity', ['Can not approve your own pull request'])
  }
  const state: ReviewState =
    event === 'APPROVE'
      ? 'APPROVED'
      : event === 'REQUEST_CHANGES'
        ? 'CHANGES_REQUESTED'
        : event
          ? 'COMMENTED'
          : 'PENDING'
  const comments = reviewComments(request, issue)
  const review = request.state.addReview(fullName(issue), issue.number, {
    body: stringField(request.body, 'body') ?? '',
    state,
    user: request.viewer.login,
    ...(stringField(request.body, 'commit_id') ? { commitId: stringField(request.body, 'commit_id') } : {}),
  })
  for (const comment of comments) {
    request.state.addReviewComment(fullName(issue), issue.number, {
      body: requireString(comment, 'body'),
      path: requireString(comment, 'path'),
      line: numberField(comment, 'line') ?? numberField(comment, 'position') ?? 1,
      side: stringField(comment, 'side') === 'LEFT' ? 'LEFT' : 'RIGHT',
      ...(numberField(comment, 'start_line') === undefined
        ? {}
        : { startLine: numberField(comment, 'start_line') }),
      user: request.viewer.login,
      reviewId: review.id,
    })
  }
  return ok(renderReview(request.state, review))
}

/** The review's inline comments, refused all at once (nothing posted) as GitHub does. */
function reviewComments(request: ApiRequest, issue: IssueRecord): unknown[] {
  const raw = field(request.body, 'comments')
  const comments = Array.isArray(raw) ? raw : []
  request.state.syncPull(issue)
  // Comments placed by the deprecated diff `position` are not checked here.
  const byLine = comments.filter((comment) => numberField(comment, 'position') === undefined)
  const problems = reviewCommentProblems(
    issue,
    byLine.map((comment) => ({
      path: requireString(comment, 'path'),
      line: numberField(comment, 'line'),
      side: stringField(comment, 'side') === 'LEFT' ? 'LEFT' : 'RIGHT',
      startLine: numberField(comment, 'start_line'),
    })),
    stringField(request.body, 'commit_id'),
  )
  if (problems.length > 0) {
    throw new ApiError(
      422,
      'Unprocessable Entity',
      [asSentence(problems)],
      'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    )
  }
  return comments
}

const createReviewComment: Handler = (request) => {
  const issue = pullIssueOf(request)
  const inReplyTo = numberField(request.body, 'in_reply_to')
  const comment = request.state.addReviewComment(fullName(issue), issue.number, {
    body: requireString(request.body, 'body'),
    path:
      inReplyTo === undefined
        ? requireString(request.body, 'path')
        : (stringField(request.body, 'path') ?? ''),
    line: numberField(request.body, 'line') ?? 1,
    side: stringField(request.body, 'side') === 'LEFT' ? 'LEFT' : 'RIGHT',
    user: request.viewer.login,
    ...(inReplyTo === undefined ? {} : { inReplyTo }),
  })
  return ok(renderReviewComment(request.state, comment), 201)
}

function reviewCommentsOf(request: ApiRequest, issue?: IssueRecord): ReviewCommentRecord[] {
  const repo = repoOf(request)
  return byId(request.state.reviewComments.values()).filter(
    (comment) => comment.repo === repo && (!issue || comment.pullNumber === issue.number),
  )
}

export const pullRoutes: Record<string, Handler> = {
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,

  'pulls/list-files': (request) => {
    const issue = pullIssueOf(request)
    request.state.syncPull(issue)
    return paginate(request, pullFiles(issue), (entry) => renderDiffEntry(request.state, issue, entry))
  },

  'pulls/list-commits': (request) => {
    const issue = pullIssueOf(request)
    request.state.syncPull(issue)
    const git = issue.repo.git
    const range = `${issue.pull?.baseSha}..refs/pull/${issue.number}/head`
    const shas = git.git(['rev-list', '--reverse', range]).split('\n').filter(Boolean)
    return paginate(request, shas, (sha) => {
      const commit = git.readCommit(sha)
      return commit ? renderRestCommit(request.state, issue.repo, commit) : {}
    })
  },

  'pulls/list-reviews': (request) => {
    const issue = pullIssueOf(request)
    const reviews = byId(request.state.reviews.values()).filter(
      (review) => review.repo === issue.repo && review.pullNumber === issue.number,
    )
    return paginate(request, reviews, (review) => renderReview(request.state, review))
  },

  'pulls/get-review': (request) => {
    const issue = pullIssueOf(request)
    const review = request.state.reviews.get(intParam(request, 'review_id'))
    if (!review || review.repo !== issue.repo || review.pullNumber !== issue.number) throw notFound()
    return ok(renderReview(request.state, review))
  },

  'pulls/create-review': createReview,
  'pulls/create-review-comment': createReviewComment,

  'pulls/create-reply-for-review-comment': (request) => {
    const issue = pullIssueOf(request)
    const comment = request.state.addReviewComment(fullName(issue), issue.number, {
      body: requireString(request.body, 'body'),
      path: '',
      inReplyTo: intParam(request, 'comment_id'),
      user: request.viewer.login,
    })
    return ok(renderReviewComment(request.state, comment), 201)
  },

  'pulls/list-review-comments': (request) => {
    const comments = reviewCommentsOf(request, pullIssueOf(request))
    return paginate(request, comments, (comment) => renderReviewComment(request.state, comment))
  },

  'pulls/list-review-comments-for-repo': (request) =>
    paginate(request, reviewCommentsOf(request), (comment) => renderReviewComment(request.state, comment)),

  'pulls/get-review-comment': (request) => ok(renderReviewComment(request.state, reviewCommentOf(request))),

  'pulls/update-review-comment': (request) => {
    const comment = reviewCommentOf(request)
    comment.body = requireString(request.body, 'body')
    comment.updatedAt = request.state.now()
    return ok(renderReviewComment(request.state, comment))
  },

  'pulls/delete-review-comment': (request) => {
    request.state.reviewComments.delete(reviewCommentOf(request).id)
    return noContent()
  },

  'pulls/list-requested-reviewers': (request) => {
    const pull = pullIssueOf(request).pull
    const users = (pull?.requestedReviewers ?? []).map((login) => request.state.ensureUser(login))
    return ok({ users: users.map((user) => renderUser(request.state, user)), teams: [] })
  },

  'pulls/request-reviewers': (request) => {
    const issue = pullIssueOf(request)
    const reviewers = stringArrayField(request.body, 'reviewers') ?? []
    for (const login of reviewers) {
      if (
        !request.state.user(login) ||
        !['admin', 'maintain', 'write', 'triage'].includes(request.state.roleOf(issue.repo, login))
      ) {
        throw new ApiError(
          422,
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.',
        )
      }
    }
    const pull = issue.pull
    if (pull) pull.requestedReviewers = [...new Set([...pull.requestedReviewers, ...reviewers])]
    return ok(renderPull(request.state, issue, true), 201)
  },
}
