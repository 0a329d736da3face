// The REST half of the fake: authenticates, routes through GitHub's OpenAPI description, checks
// the request, runs the handler, checks the response, and records both.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError } from './errors.js'
import { answerGraphql } from './graphql.js'
import type { OpenApiSpec } from './openapi.js'
import { actionsRoutes } from './routes/actions.js'
import type { ApiResponse, Handler } from './routes/common.js'
import { gitRoutes } from './routes/git.js'
import { issueRoutes } from './routes/issues.js'
import { pullRoutes } from './routes/pulls.js'
import { repoRoutes } from './routes/repos.js'
import type { GitHubState } from './state.js'

export interface RecordedRequest {
  method: string
  /** Path and query as sent, without the API prefix (`/api/v3` on GHES). */
  path: string
  /** The OpenAPI operation (e.g. `pulls/create`), `git` for smart HTTP, undefined if unknown. */
  operationId: string | undefined
  body: unknown
  status: number
  response: unknown
}

export interface Violation {
  method: string
  path: string
  kind: 'unknown-route' | 'request' | 'response' | 'unimplemented' | 'fake-error'
  operationId?: string
  errors: string[]
}

export interface ApiContext {
  spec: OpenApiSpec
  state: GitHubState
  token: string
  strict: boolean
  requests: RecordedRequest[]
  violations: Violation[]
}

const handlers: Record<string, Handler> = {
  ...repoRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...gitRoutes,
  ...actionsRoutes,
}

const RATE_LIMIT = 5000

export async function handleApi(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  pathname: string,
): Promise<void> {
  const method = request.method ?? 'GET'
  const path = `${pathname}${url.search}`
  const raw = await readBody(request)
  const outcome = respond(context, request, method, url, pathname, raw)
  const { result, operationId, body } = outcome
  context.requests.push({ method, path, operationId, body, status: result.status, response: result.body })
  send(context, response, result)
}

function respond(
  context: ApiContext,
  request: IncomingMessage,
  method: string,
  url: URL,
  pathname: string,
  raw: Buffer,
): { result: ApiResponse; operationId: string | undefined; body: unknown } {
  const path = `${pathname}${url.search}`
  let body: unknown
  try {
    body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined
  } catch {
    return {
      result: errorResponse(new ApiError(400, 'Problems parsing JSON')),
      operationId: undefined,
      body: raw.toString(),
    }
  }
  const authFailure = authenticate(context, request.headers.authorization)
  if (authFailure) return { result: errorResponse(authFailure), operationId: undefined, body }

  if (method === 'POST' && pathname === '/graphql') {
    const answer = answerGraphql(context.state, body)
    if (typeof answer !== 'string') return { result: answer, operationId: 'graphql', body }
    context.violations.push({ method, path, kind: 'unknown-route', errors: [answer] })
    return { result: errorResponse(new ApiError(400, answer)), operationId: 'graphql', body }
  }
  const match = context.spec.match(method, pathname)
  if (!match) {
    context.violations.push({
      method,
      path,
      kind: 'unknown-route',
      errors: [`${method} ${pathname} is not in GitHub's REST API`],
    })
    return { result: errorResponse(new ApiError(404, 'Not Found')), operationId: undefined, body }
  }
  const { operationId } = match.operation
  const requestErrors = context.spec.validateRequest(match, url.searchParams, body)
  if (requestErrors.length > 0) {
    context.violations.push({ method, path, kind: 'request', operationId, errors: requestErrors })
    return {
      result: errorResponse(new ApiError(422, `Invalid request.\n\n${requestErrors.join('\n')}`)),
      operationId,
      body,
    }
  }
  const handler = handlers[operationId]
  if (!handler) {
    const errors = [`the fake does not implement ${operationId} (${method} ${match.operation.template})`]
    context.violations.push({ method, path, kind: 'unimplemented', operationId, errors })
    return { result: errorResponse(new ApiError(501, errors[0] ?? 'Not Implemented')), operationId, body }
  }
  const writes = method !== 'GET' && method !== 'HEAD'
  if (writes && (!context.state.tokenCanWrite || !scopeAllows(context.state.tokenPermissions, operationId))) {
    return {
      result: errorResponse(new ApiError(403, 'Resource not accessible by integration')),
      operationId,
      body,
    }
  }
  const result = runHandler(
    context,
    handler,
    { method, path, operationId },
    {
      method,
      url,
      params: match.params,
      query: url.searchParams,
      body,
      headers: request.headers,
      state: context.state,
      viewer: context.state.viewer,
    },
  )
  if (context.strict && result.text === undefined) {
    const responseErrors = context.spec.validateResponse(match, result.status, result.body)
    if (responseErrors.length > 0)
      context.violations.push({ method, path, kind: 'response', operationId, errors: responseErrors })
  }
  return { result, operationId, body }
}

function runHandler(
  context: ApiContext,
  handler: Handler,
  where: { method: string; path: string; operationId: string },
  apiRequest: Parameters<Handler>[0],
): ApiResponse {
  try {
    return handler(apiRequest)
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error)
    // A crash in the fake is the fake's bug; surface it where tests look.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    context.violations.push({ ...where, kind: 'fake-error', errors: [message] })
    return errorResponse(new ApiError(500, 'Server Error'))
  }
}

function authenticate(context: ApiContext, header: string | undefined): ApiError | undefined {
  if (!header) return new ApiError(401, 'Requires authentication')
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
  if (!match || match[1] !== context.token) return new ApiError(401, 'Bad credentials')
  return undefined
}

function errorResponse(error: ApiError): ApiResponse {
  return { status: error.status, body: error.body() }
}

let requestCounter = 0

function send(context: ApiContext, response: ServerResponse, result: ApiResponse): void {
  requestCounter += 1
  const used = Math.min(context.requests.length, RATE_LIMIT)
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${process.pid}:${requestCounter}`,
    'x-ratelimit-limit': String(RATE_LIMIT),
    'x-ratelimit-remaining': String(RATE_LIMIT - used),
    'x-ratelimit-used': String(used),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...result.headers,
  }
  if (result.text !== undefined) {
    response.writeHead(result.status, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
    response.end(result.text)
  } else if (result.body === undefined) {
    response.writeHead(result.status, headers)
    response.end()
  } else {
    response.writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(result.body))
  }
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

/** The token scope an operation writes under, as GitHub's fine-grained permissions map them. */
function scopeAllows(
  permissions: Record<'contents' | 'issues' | 'pull-requests', 'read' | 'write'>,
  operationId: string,
): boolean {
  const scope =
    operationId.startsWith('issues/') || operationId.startsWith('reactions/create-for-issue')
      ? 'issues'
      : operationId.startsWith('pulls/') || operationId.startsWith('reactions/create-for-pull')
        ? 'pull-requests'
        : operationId.startsWith('git/') || operationId.startsWith('repos/')
          ? 'contents'
          : undefined
  return scope === undefined || permissions[scope] === 'write'
}
