// The GraphQL the action sends: markPullRequestReadyForReview (REST cannot take a PR out of
// draft), and `viewer { login }` (the one way an installation token learns whose it is: REST
// `GET /user` answers 403 to it). Anything else sent to /graphql is a violation, as an unknown
// REST route is.
import type { ApiResponse } from './routes/common.js'
import type { GitHubState } from './state.js'

const READY =
  /^\s*mutation\s*\(\s*\$id:\s*ID!\s*\)\s*\{\s*markPullRequestReadyForReview\s*\(\s*input:\s*\{\s*pullRequestId:\s*\$id\s*\}\s*\)/

const VIEWER = /^\s*(?:query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/

/** The answer, or the reason the request is not one the fake knows. */
export function answerGraphql(state: GitHubState, body: unknown): ApiResponse | string {
  const query = isObject(body) && typeof body.query === 'string' ? body.query : ''
  const variables = isObject(body) && isObject(body.variables) ? body.variables : {}
  if (VIEWER.test(query)) return { status: 200, body: { data: { viewer: { login: state.viewer.login } } } }
  if (!READY.test(query))
    return `the fake's GraphQL knows only markPullRequestReadyForReview and viewer, not: ${query.slice(0, 120)}`
  const id = typeof variables.id === 'string' ? variables.id : ''
  for (const repo of state.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (issue.pull?.nodeId !== id) continue
      issue.pull.draft = false
      issue.updatedAt = state.now()
      return {
        status: 200,
        body: { data: { markPullRequestReadyForReview: { pullRequest: { isDraft: false } } } },
      }
    }
  }
  return {
    status: 200,
    body: {
      data: null,
      errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }],
    },
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
