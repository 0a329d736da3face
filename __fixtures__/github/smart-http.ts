// Git's smart HTTP protocol, served by git's own CGI program (`git http-backend`) behind GitHub's
// authentication rule: HTTP Basic with the token as password (any user name, as GitHub accepts
// `x-access-token:TOKEN`), or the token as user name.
import { spawn } from 'node:child_process'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RecordedRequest } from './api.js'
import { ISOLATED_GIT_ENV } from './git.js'
import type { RepoRecord } from './model.js'
import type { GitHubState } from './state.js'

export interface GitContext {
  state: GitHubState
  token: string
  requests: RecordedRequest[]
}

/** `/{owner}/{repo}.git/{rest}` → its parts, or undefined for any other path. */
export function parseGitPath(pathname: string): { owner: string; name: string; rest: string } | undefined {
  const match = /^\/([^/]+)\/([^/]+?)\.git(\/.*)?$/.exec(pathname)
  if (!match) return undefined
  return {
    owner: decodeURIComponent(match[1] ?? ''),
    name: decodeURIComponent(match[2] ?? ''),
    rest: match[3] ?? '/',
  }
}

export async function handleGit(
  context: GitContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  target: { owner: string; name: string; rest: string },
): Promise<void> {
  const record = (status: number): void => {
    const path = `${url.pathname}${url.search}`
    context.requests.push({
      method: request.method ?? 'GET',
      path,
      operationId: 'git',
      body: undefined,
      status,
      response: undefined,
    })
  }
  const user = credentialsUser(request.headers.authorization, context.token)
  if (user === undefined) {
    request.resume()
    response.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' })
    response.end('Invalid username or token. Password authentication is not supported for Git operations.\n')
    return record(401)
  }
  const repo = context.state.findRepo(target.owner, target.name)
  if (!repo) {
    request.resume()
    response.writeHead(404, { 'content-type': 'text/plain' })
    response.end('Repository not found.\n')
    return record(404)
  }
  const isPush = target.rest === '/git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack'
  if (isPush && (!context.state.tokenCanWrite || context.state.tokenPermissions.contents !== 'write')) {
    request.resume()
    response.writeHead(403, { 'content-type': 'text/plain' })
    response.end(`Write access to repository not granted.\n`)
    return record(403)
  }
  const status = await runBackend(context.state, repo, request, response, url, target.rest, user)
  if (isPush && request.method === 'POST') context.state.syncPullsTouching(repo)
  record(status)
}

/** The user name of valid credentials, or undefined when the token is missing or wrong. */
function credentialsUser(header: string | undefined, token: string): string | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header?.trim() ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const name = colon === -1 ? decoded : decoded.slice(0, colon)
  const password = colon === -1 ? '' : decoded.slice(colon + 1)
  if (password === token) return name || 'x-access-token'
  if (name === token) return 'x-access-token'
  return undefined
}

function runBackend(
  state: GitHubState,
  repo: RepoRecord,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  rest: string,
  user: string,
): Promise<number> {
  const header = (name: string): string => String(request.headers[name] ?? '')
  const child = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      ...ISOLATED_GIT_ENV,
      GIT_PROJECT_ROOT: state.gitRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${repo.owner.login}/${repo.name}.git${rest}`,
      REQUEST_METHOD: request.method ?? 'GET',
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: header('content-type'),
      ...(request.headers['content-length'] ? { CONTENT_LENGTH: header('content-length') } : {}),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
      REMOTE_USER: user,
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  request.pipe(child.stdin)
  child.stdin.on('error', () => undefined)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => {
    let status = 200
    let pending: Buffer = Buffer.alloc(0)
    let headersSent = false
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) return void response.write(chunk)
      pending = Buffer.concat([pending, chunk])
      const end = pending.indexOf('\r\n\r\n')
      if (end === -1) return
      const cgiHeaders: Record<string, string> = {}
      for (const line of pending.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        if (colon === -1) continue
        const name = line.slice(0, colon).trim().toLowerCase()
        const value = line.slice(colon + 1).trim()
        if (name === 'status') status = Number.parseInt(value, 10) || 200
        else cgiHeaders[name] = value
      }
      response.writeHead(status, cgiHeaders)
      headersSent = true
      response.write(pending.subarray(end + 4))
    })
    child.on('close', (code) => {
      if (!headersSent) {
        status = 500
        response.writeHead(500, { 'content-type': 'text/plain' })
        response.write(`git http-backend failed (${code}): ${stderr}`)
      }
      response.end()
      resolve(status)
    })
    child.on('error', () => undefined)
  })
}
