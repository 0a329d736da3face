// Issues (which pull requests are too), issue comments, labels and reactions.
import { notFound, validationFailed } from '../errors.js'
import type { CommentRecord, ReactionContent, ReactionSubject } from '../model.js'
import { renderComment, renderIssue, renderReaction } from '../render.js'
import {
  type ApiRequest,
  type Handler,
  byId,
  field,
  intParam,
  noContent,
  ok,
  paginate,
  repoOf,
  requireString,
  stringArrayField,
  stringField,
} from './common.js'

function issueOf(request: ApiRequest) {
  return request.state.issue(repoOf(request), intParam(request, 'issue_number'))
}

function commentOf(request: ApiRequest): CommentRecord {
  const repo = repoOf(request)
  const comment = request.state.comments.get(intParam(request, 'comment_id'))
  if (!comment || comment.repo !== repo) throw notFound()
  return comment
}

function reviewCommentSubject(request: ApiRequest): ReactionSubject {
  const repo = repoOf(request)
  const comment = request.state.reviewComments.get(intParam(request, 'comment_id'))
  if (!comment || comment.repo !== repo) throw notFound()
  return { kind: 'review_comment', id: comment.id }
}

function issueSubject(request: ApiRequest): ReactionSubject {
  const issue = issueOf(request)
  return { kind: 'issue', repo: issue.repo, number: issue.number }
}

function issueCommentSubject(request: ApiRequest): ReactionSubject {
  return { kind: 'issue_comment', id: commentOf(request).id }
}

/** The create, list and delete reaction operations for one kind of subject. */
function reactionRoutes(
  name: string,
  deleteName: string,
  subjectOf: (request: ApiRequest) => ReactionSubject,
): Record<string, Handler> {
  return {
    [`reactions/create-for-${name}`]: (request) => {
      const content = requireString(request.body, 'content') as ReactionContent
      const { reaction, created } = request.state.react(subjectOf(request), content, request.viewer.login)
      return ok(renderReaction(request.state, reaction), created ? 201 : 200)
    },
    [`reactions/list-for-${name}`]: (request) => {
      const content = request.query.get('content')
      const reactions = request.state
        .reactionsOn(subjectOf(request))
        .filter((reaction) => !content || reaction.content === content)
      return paginate(request, reactions, (reaction) => renderReaction(request.state, reaction))
    },
    [`reactions/delete-for-${deleteName}`]: (request) => {
      subjectOf(request)
      const index = request.state.reactions.findIndex(
        (reaction) => reaction.id === intParam(request, 'reaction_id'),
      )
      if (index === -1) throw notFound()
      request.state.reactions.splice(index, 1)
      return noContent()
    },
  }
}

export const issueRoutes: Record<string, Handler> = {
  'issues/get': (request) => ok(renderIssue(request.state, issueOf(request))),

  'issues/create': (request) => {
    const repo = repoOf(request)
    const issue = request.state.addIssue(`${repo.owner.login}/${repo.name}`, {
      title: requireString(request.body, 'title'),
      body: stringField(request.body, 'body') ?? null,
      user: request.viewer.login,
      labels: stringArrayField(request.body, 'labels') ?? [],
    })
    issue.assignees = stringArrayField(request.body, 'assignees') ?? []
    return ok(renderIssue(request.state, issue), 201)
  },

  'issues/update': (request) => {
    const issue = issueOf(request)
    const { body } = request
    issue.title = stringField(body, 'title') ?? issue.title
    if (field(body, 'body') !== undefined) issue.body = stringField(body, 'body') ?? null
    const state = stringField(body, 'state')
    if (state === 'open' || state === 'closed') {
      if (state !== issue.state) issue.closedAt = state === 'closed' ? request.state.now() : null
      issue.state = state
    }
    issue.labels = stringArrayField(body, 'labels') ?? issue.labels
    issue.assignees = stringArrayField(body, 'assignees') ?? issue.assignees
    issue.updatedAt = request.state.now()
    return ok(renderIssue(request.state, issue))
  },

  'issues/list-comments': (request) => {
    const issue = issueOf(request)
    const since = request.query.get('since')
    const comments = byId(request.state.comments.values()).filter(
      (comment) =>
        comment.repo === issue.repo &&
        comment.issueNumber === issue.number &&
        (!since || comment.updatedAt >= since),
    )
    return paginate(request, comments, (comment) => renderComment(request.state, comment))
  },

  'issues/create-comment': (request) => {
    const issue = issueOf(request)
    const body = requireString(request.body, 'body')
    if (body.length > 65536) {
      throw validationFailed({
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: 'Body is too long (maximum is 65536 characters)',
      })
    }
    const comment = request.state.addComment(`${issue.repo.owner.login}/${issue.repo.name}`, issue.number, {
      body,
      user: request.viewer.login,
    })
    return ok(renderComment(request.state, comment), 201)
  },

  'issues/get-comment': (request) => ok(renderComment(request.state, commentOf(request))),

  'issues/update-comment': (request) => {
    const comment = commentOf(request)
    comment.body = requireString(request.body, 'body')
    comment.updatedAt = request.state.now()
    return ok(renderComment(request.state, comment))
  },

  'issues/delete-comment': (request) => {
    const comment = commentOf(request)
    request.state.comments.delete(comment.id)
    return noContent()
  },

  'issues/add-labels': (request) => {
    const issue = issueOf(request)
    const labels = stringArrayField(request.body, 'labels') ?? []
    issue.labels = [...new Set([...issue.labels, ...labels])]
    return ok(renderIssue(request.state, issue).labels)
  },

  'issues/remove-label': (request) => {
    const issue = issueOf(request)
    const name = request.params.name ?? ''
    if (!issue.labels.includes(name)) throw notFound()
    issue.labels = issue.labels.filter((label) => label !== name)
    return ok(renderIssue(request.state, issue).labels)
  },

  'issues/add-assignees': (request) => {
    const issue = issueOf(request)
    issue.assignees = [
      ...new Set([...issue.assignees, ...(stringArrayField(request.body, 'assignees') ?? [])]),
    ]
    return ok(renderIssue(request.state, issue), 201)
  },

  ...reactionRoutes('issue', 'issue', issueSubject),
  ...reactionRoutes('issue-comment', 'issue-comment', issueCommentSubject),
  ...reactionRoutes('pull-request-review-comment', 'pull-request-comment', reviewCommentSubject),
}
