// Shared set-up for the comment tests: a seeded fake GitHub, the runner's environment pointing at
// it, triggers built from the seeded records, and a proxy that loses one response on purpose.
import { createServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import type { CommentRecord, IssueRecord, ReviewCommentRecord } from '../../__fixtures__/github/model.js'
import type { RunnerEnv, Trigger } from '../../src/github/types.js'

export const OWNER = 'octo-org'
export const REPO = 'hello'
export const FULL_NAME = `${OWNER}/${REPO}`

export function runnerEnv(fake: { apiUrl: string; serverUrl: string }, runId = '4242'): RunnerEnv {
  return {
    eventName: 'issue_comment',
    eventPath: '/dev/null',
    repository: { owner: OWNER, repo: REPO },
    serverUrl: fake.serverUrl,
    apiUrl: fake.apiUrl,
    runId,
    runAttempt: '1',
    actor: 'alice',
    sha: '0'.repeat(40),
    ref: 'refs/heads/main',
    workspace: '/tmp',
    runnerTemp: '/tmp',
    workflow: 'codex',
  }
}

const base = {
  repo: { owner: OWNER, repo: REPO },
  actor: { login: 'alice', type: 'User' as const },
  command: { kind: 'task' as const, text: 'fix the flaky date test' },
}

function issueRef(issue: IssueRecord) {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    htmlUrl: `https://example.invalid/${issue.number}`,
    author: issue.user.login,
    isPullRequest: issue.pull !== undefined,
  }
}

export function issueCommentTrigger(issue: IssueRecord, comment: CommentRecord): Trigger {
  return {
    ...base,
    source: 'issue_comment',
    issue: issueRef(issue),
    comment: {
      id: comment.id,
      body: comment.body,
      htmlUrl: '',
      createdAt: comment.createdAt,
      kind: 'issue_comment',
    },
  }
}

export function reviewCommentTrigger(pull: IssueRecord, comment: ReviewCommentRecord): Trigger {
  return {
    ...base,
    source: 'pull_request_review_comment',
    issue: issueRef(pull),
    comment: {
      id: comment.id,
      body: comment.body,
      htmlUrl: '',
      createdAt: comment.createdAt,
      kind: 'review_comment',
      reviewThread: {
        path: comment.path,
        line: comment.line,
        diffHunk: comment.diffHunk,
        replyToId: comment.id,
      },
    },
  }
}

export function labelTrigger(issue: IssueRecord): Trigger {
  return { ...base, source: 'issues', action: 'labeled', issue: issueRef(issue) }
}

export function scheduleTrigger(): Trigger {
  return { ...base, source: 'schedule' }
}

/** Seeds the repository with an issue holding alice's `/codex` comment. */
export function seedIssue(fake: FakeGitHub): { issue: IssueRecord; comment: CommentRecord } {
  if (!fake.state.findRepo(OWNER, REPO)) fake.state.addRepo({ owner: OWNER, name: REPO })
  fake.state.setPermission(FULL_NAME, 'alice', 'write')
  const issue = fake.state.addIssue(FULL_NAME, { title: 'Flaky date test', user: 'alice' })
  const comment = fake.state.addComment(FULL_NAME, issue.number, {
    body: '/codex fix the flaky date test',
    user: 'alice',
  })
  return { issue, comment }
}

export function operations(fake: FakeGitHub): string[] {
  return fake.requests.map((request) => request.operationId ?? `${request.method} ${request.path}`)
}

export function issueCommentsOf(fake: FakeGitHub, issue: IssueRecord): CommentRecord[] {
  return [...fake.state.comments.values()].filter(
    (comment) => comment.repo === issue.repo && comment.issueNumber === issue.number,
  )
}

export interface LossyProxy {
  /** The API URL to give the client (same path prefix as the fake's). */
  apiUrl: string
  /** How many responses were dropped. */
  dropped: number
  close(): Promise<void>
}

/**
 * Forwards to the fake GitHub, but for the first request `shouldDrop` accepts, lets GitHub do the
 * work and then cuts the connection before the client sees the answer: a lost response.
 */
export async function startLossyProxy(
  targetApiUrl: string,
  shouldDrop: (method: string, path: string) => boolean,
): Promise<LossyProxy> {
  const target = new URL(targetApiUrl)
  const state = { dropped: 0 }
  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readAll(incoming)
      const upstream = await forward(target, incoming, body)
      const drop = state.dropped === 0 && shouldDrop(incoming.method ?? 'GET', incoming.url ?? '/')
      if (drop) {
        state.dropped += 1
        incoming.socket.destroy()
        return
      }
      outgoing.writeHead(upstream.status, upstream.headers)
      outgoing.end(upstream.body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    apiUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    get dropped() {
      return state.dropped
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

function forward(
  target: URL,
  incoming: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...incoming.headers, host: target.host }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (response) => {
        void readAll(response).then((responseBody) => {
          const responseHeaders: Record<string, string | string[]> = {}
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined && name !== 'transfer-encoding' && name !== 'connection') {
              responseHeaders[name] = value
            }
          }
          resolve({ status: response.statusCode ?? 502, headers: responseHeaders, body: responseBody })
        }, reject)
      },
    )
    upstream.on('error', reject)
    upstream.end(body)
  })
}
