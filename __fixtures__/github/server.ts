// A local GitHub on loopback. In the github.com layout the REST API and the web origin (git over
// HTTP, job logs) listen on two ports, as api.github.com and github.com are two hosts, so a client
// that mixes them up fails; in the GHES layout both share one origin, with the API under /api/v3.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handleApi, type ApiContext, type RecordedRequest, type Violation } from './api.js'
import { OpenApiSpec } from './openapi.js'
import { handleGit, parseGitPath } from './smart-http.js'
import { handleAttachment } from './attachments.js'
import { GitHubState } from './state.js'

export type { RecordedRequest, Violation } from './api.js'

export interface FakeGitHubOptions {
  /** The token clients must present (API: `token X` / `Bearer X`; git: Basic password). */
  token?: string
  /** GHES layout (`<server>/api/v3`, GHES OpenAPI description) instead of github.com's. */
  ghes?: boolean
  /** Validate response bodies too (default true): a fake that drifts from GitHub fails tests. */
  strict?: boolean
}

export interface FakeGitHub {
  /** GITHUB_API_URL */
  apiUrl: string
  /** GITHUB_SERVER_URL */
  serverUrl: string
  /** GITHUB_GRAPHQL_URL (not served: GraphQL requests are recorded as violations). */
  graphqlUrl: string
  token: string
  state: GitHubState
  /** Every API and git request, in order, with its status. */
  requests: RecordedRequest[]
  /** Requests or responses that do not match GitHub's OpenAPI description; assert it stays empty. */
  violations: Violation[]
  close(): Promise<void>
}

export const DEFAULT_TOKEN = 'ghs_fakeGitHubToken0123456789abcdefABCDEF'

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const ghes = options.ghes ?? false
  const spec = OpenApiSpec.load(ghes ? 'ghes-3.19' : 'api.github.com')
  const token = options.token ?? DEFAULT_TOKEN
  const root = mkdtempSync(join(tmpdir(), 'fake-github-'))
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  const apiPrefix = ghes ? '/api/v3' : ''
  // Listen first: the URLs in every response need the ports.
  const webServer = await listen()
  const apiServer = ghes ? undefined : await listen()
  const serverUrl = `http://127.0.0.1:${(webServer.address() as AddressInfo).port}`
  const apiUrl = apiServer
    ? `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`
    : `${serverUrl}/api/v3`
  const state = new GitHubState({ api: apiUrl, web: serverUrl, logs: serverUrl }, join(root, 'repos'))
  const context: ApiContext = { spec, state, token, strict: options.strict ?? true, requests, violations }

  serve(webServer, (request, response, url) => {
    if (ghes && (url.pathname === apiPrefix || url.pathname.startsWith(`${apiPrefix}/`))) {
      return handleApi(context, request, response, url, url.pathname.slice(apiPrefix.length) || '/')
    }
    // GHES serves GraphQL beside the REST prefix, at /api/graphql.
    if (ghes && url.pathname === '/api/graphql') return handleApi(context, request, response, url, '/graphql')
    return handleWeb(context, request, response, url)
  })
  if (apiServer)
    serve(apiServer, (request, response, url) => handleApi(context, request, response, url, url.pathname))

  return {
    apiUrl,
    serverUrl,
    graphqlUrl: ghes ? `${serverUrl}/api/graphql` : `${apiUrl}/graphql`,
    token,
    state,
    requests,
    violations,
    async close() {
      await Promise.all([stop(webServer), apiServer ? stop(apiServer) : undefined])
      rmSync(root, { recursive: true, force: true })
    },
  }
}

type RequestHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>

async function handleWeb(context: ApiContext, request: IncomingMessage, response: ServerResponse, url: URL) {
  const logMatch = /^\/_fake\/job-logs\/(\d+)$/.exec(url.pathname)
  if (logMatch) {
    const job = context.state.jobs.get(Number(logMatch[1]))
    response.writeHead(job ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' })
    response.end(job ? job.log : 'Not Found')
    return
  }
  if (handleAttachment(context, context.state.attachments, request, response, url)) return
  const gitTarget = parseGitPath(url.pathname)
  if (gitTarget) return handleGit(context, request, response, url, gitTarget)
  request.resume()
  response.writeHead(404, { 'content-type': 'text/plain' })
  response.end('Not Found')
}

async function listen(): Promise<Server> {
  const server = createServer()
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return server
}

function serve(server: Server, handler: RequestHandler): void {
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`)
    handler(request, response, url).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(`fake GitHub crashed: ${error instanceof Error ? error.message : String(error)}`)
    })
  })
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
