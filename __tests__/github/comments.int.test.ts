import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { createGitHubClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { markCancelled, replyOnce, TrackingComment } from '../../src/github/comments.js'
import { createRedactor } from '../../src/common/redact.js'
import { renderFinal, renderRefusal, renderWorking } from '../../src/report/render.js'
import { runUrl } from '../../src/github/types.js'
import {
  FULL_NAME,
  issueCommentsOf,
  issueCommentTrigger,
  labelTrigger,
  operations,
  OWNER,
  REPO,
  reviewCommentTrigger,
  runnerEnv,
  scheduleTrigger,
  seedIssue,
  startLossyProxy,
} from './comment-fixtures.js'

const API_KEY = 'model-api-key-7f3c1e9b'

let fake: FakeGitHub
let client: GitHubClient
const logs: string[] = []
const log = (line: string) => logs.push(line)

function options(body: string, extra: { minEditIntervalMs?: number } = {}) {
  return { redactor: createRedactor([fake.token, API_KEY]), log, body, retryDelayMs: 10, ...extra }
}

const PLAN = [
  { text: 'Reproduce the failure', completed: true },
  { text: 'Freeze the clock in the test', completed: false },
]

beforeEach(async () => {
  fake = await startFakeGitHub()
  client = createGitHubClient({ token: fake.token, apiUrl: fake.apiUrl })
  logs.length = 0
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

function finalReport(env: ReturnType<typeof runnerEnv>) {
  return {
    conclusion: 'success' as const,
    message: 'Froze the clock in the date test.',
    branch: { name: 'codex/fix-date', url: `${fake.serverUrl}/${FULL_NAME}/tree/codex/fix-date` },
    pullRequest: { number: 7, url: `${fake.serverUrl}/${FULL_NAME}/pull/7`, operation: 'created' as const },
    durationMs: 61_000,
    turns: 4,
    usage: { inputTokens: 5000, cachedInputTokens: 1000, outputTokens: 300, reasoningOutputTokens: 0 },
    costUsd: 0.0042,
    runUrl: runUrl(env),
  }
}

describe('TrackingComment on an issue comment', () => {
  it('reacts 👀 first, posts the run link, edits in the plan, and ends with the report', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const trigger = issueCommentTrigger(issue, comment)
    const tracker = await TrackingComment.start(
      client,
      env,
      trigger,
      options(renderWorking({ runUrl: runUrl(env), task: 'fix it' })),
    )

    expect(operations(fake).slice(0, 1)).toEqual(['reactions/create-for-issue-comment'])
    expect(fake.state.reactionsOn({ kind: 'issue_comment', id: comment.id }).map((r) => r.content)).toEqual([
      'eyes',
    ])
    const [tracking] = issueCommentsOf(fake, issue).filter((c) => c.id !== comment.id)
    expect(tracking?.body).toContain(`[view the run](${fake.serverUrl}/${FULL_NAME}/actions/runs/4242)`)
    expect(tracker.ref).toEqual({ id: tracking?.id, kind: 'issue_comment' })
    expect(tracker.url).toContain(`#issuecomment-${tracking?.id}`)

    tracker.update(renderWorking({ runUrl: runUrl(env), task: 'fix it', plan: PLAN }))
    await tracker.flush()
    expect(tracking?.body).toContain('- [x] Reproduce the failure')
    expect(tracking?.body).toContain('- [ ] Freeze the clock in the test')

    await tracker.finish(renderFinal(finalReport(env)))
    expect(tracking?.body).toContain(`[#7](${fake.serverUrl}/${FULL_NAME}/pull/7) (created)`)
    expect(tracking?.body).toContain('4 turns · 5.3k tokens (1.0k cached) · $0.0042 · 1 min 1 s')
    expect(tracking?.body).not.toContain('Working on it')
    expect(issueCommentsOf(fake, issue)).toHaveLength(2)
  })

  it('coalesces progress edits: the latest body wins, and finish writes the final one', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const trigger = issueCommentTrigger(issue, comment)
    const tracker = await TrackingComment.start(client, env, trigger, {
      ...options('working'),
      minEditIntervalMs: 60_000,
    })
    tracker.update('step 1')
    tracker.update('step 2')
    tracker.update('step 3')
    await tracker.flush()
    tracker.update('step 4')
    await tracker.finish('all done')
    tracker.update('too late')
    await tracker.flush()

    const edits = fake.requests.filter((r) => r.operationId === 'issues/update-comment')
    const bodies = edits.map((r) =>
      String((r.body as { body: string }).body)
        .split('\n')
        .slice(1)
        .join('\n'),
    )
    expect(bodies).toEqual(['step 3', 'all done'])
  })

  it('redacts secrets planted in a body before GitHub sees them', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const tracker = await TrackingComment.start(
      client,
      env,
      issueCommentTrigger(issue, comment),
      options('working'),
    )
    await tracker.finish(`Done. The token was ${fake.token} and the key ${API_KEY}.`)
    const posted = fake.requests.filter((r) => r.method !== 'GET').map((r) => JSON.stringify(r.body))
    expect(posted.join('\n')).not.toContain(fake.token)
    expect(posted.join('\n')).not.toContain(API_KEY)
    const stored = issueCommentsOf(fake, issue).find((c) => c.id !== comment.id)
    expect(stored?.body).toContain('The token was [redacted secret] and the key [redacted secret].')
  })
})

describe('idempotency', () => {
  it('a second start for the same run and trigger adopts the comment instead of posting again', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const trigger = issueCommentTrigger(issue, comment)
    const first = await TrackingComment.start(client, env, trigger, options('attempt one'))
    const second = await TrackingComment.start(client, env, trigger, options('attempt two'))
    expect(second.ref).toEqual(first.ref)
    const ours = issueCommentsOf(fake, issue).filter((c) => c.id !== comment.id)
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toContain('attempt two')
    expect(fake.state.reactionsOn({ kind: 'issue_comment', id: comment.id })).toHaveLength(1)
  })

  it('a create whose response was lost is not repeated: the thread is checked first', async () => {
    const { issue, comment } = seedIssue(fake)
    const proxy = await startLossyProxy(
      fake.apiUrl,
      (method, path) => method === 'POST' && /\/issues\/\d+\/comments$/.test(path),
    )
    try {
      const lossyClient = createGitHubClient({ token: fake.token, apiUrl: proxy.apiUrl })
      const tracker = await TrackingComment.start(
        lossyClient,
        runnerEnv(fake),
        issueCommentTrigger(issue, comment),
        options('working'),
      )
      expect(proxy.dropped).toBe(1)
      const ours = issueCommentsOf(fake, issue).filter((c) => c.id !== comment.id)
      expect(ours).toHaveLength(1)
      expect(tracker.ref?.id).toBe(ours[0]?.id)
    } finally {
      await proxy.close()
    }
  })

  it('does not adopt a comment a person wrote with our marker', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const planted = fake.state.addComment(FULL_NAME, issue.number, {
      body: `<!-- codex-pr-action:tracking run=4242 trigger=${comment.id} -->\nfake report`,
      user: 'mallory',
    })
    const tracker = await TrackingComment.start(
      client,
      env,
      issueCommentTrigger(issue, comment),
      options('working'),
    )
    expect(tracker.ref?.id).not.toBe(planted.id)
    expect(planted.body).toContain('fake report')
  })

  it('replyOnce posts one reply however often it is called', async () => {
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    const trigger = issueCommentTrigger(issue, comment)
    const body = renderRefusal('alice has read permission; write is required', runUrl(env))
    const first = await replyOnce(client, env, trigger, body, options(''))
    const second = await replyOnce(client, env, trigger, body, options(''))
    expect(second?.ref).toEqual(first?.ref)
    const replies = issueCommentsOf(fake, issue).filter((c) => c.id !== comment.id)
    expect(replies).toHaveLength(1)
    expect(replies[0]?.body).toContain('write is required')
  })
})

describe('other triggers', () => {
  it('a review comment gets 👀 and the tracking comment as a reply in its thread', async () => {
    fake.state.addRepo({
      owner: OWNER,
      name: REPO,
      files: { 'src/date.ts': 'export const now = Date.now\n' },
    })
    const pull = fake.state.addPull(FULL_NAME, {
      title: 'Dates',
      head: 'dates',
      files: { 'src/date.ts': 'changed\n' },
    })
    const review = fake.state.addReviewComment(FULL_NAME, pull.number, {
      body: '/codex rename this',
      path: 'src/date.ts',
      line: 1,
      user: 'alice',
    })
    const env = runnerEnv(fake)
    const tracker = await TrackingComment.start(
      client,
      env,
      reviewCommentTrigger(pull, review),
      options('working'),
    )

    expect(fake.state.reactionsOn({ kind: 'review_comment', id: review.id }).map((r) => r.content)).toEqual([
      'eyes',
    ])
    const reply = [...fake.state.reviewComments.values()].find((c) => c.id !== review.id)
    expect(reply?.inReplyTo).toBe(review.id)
    expect(tracker.ref).toEqual({ id: reply?.id, kind: 'review_comment' })
    await tracker.finish('renamed')
    expect(reply?.body).toMatch(/^<!-- codex-pr-action:tracking run=4242 trigger=\d+ -->\nrenamed$/)
    expect(issueCommentsOf(fake, pull)).toHaveLength(0)
  })

  it('a labelled issue gets 👀 on the issue and the tracking comment in it', async () => {
    const { issue } = seedIssue(fake)
    const tracker = await TrackingComment.start(
      client,
      runnerEnv(fake),
      labelTrigger(issue),
      options('working'),
    )
    expect(fake.state.reactionsOn({ kind: 'issue', repo: issue.repo, number: issue.number })).toHaveLength(1)
    expect(tracker.ref?.kind).toBe('issue_comment')
  })

  it('a schedule has no thread: nothing is posted and the tracker is a no-op', async () => {
    fake.state.addRepo({ owner: OWNER, name: REPO })
    const tracker = await TrackingComment.start(
      client,
      runnerEnv(fake),
      scheduleTrigger(),
      options('working'),
    )
    tracker.update('progress')
    await tracker.finish('done')
    expect(tracker.ref).toBeUndefined()
    expect(tracker.url).toBeUndefined()
    expect(fake.requests).toEqual([])
    expect(await replyOnce(client, runnerEnv(fake), scheduleTrigger(), 'x', options(''))).toBeUndefined()
  })
})

describe('markCancelled (post step)', () => {
  it('rewrites the tracking comment, keeping its marker, from a saved reference', async () => {
    const { issue, comment } = seedIssue(fake)
    const tracker = await TrackingComment.start(
      client,
      runnerEnv(fake),
      issueCommentTrigger(issue, comment),
      options('working'),
    )
    // What main saves for the post step (core.saveState) and the post step reads back.
    const ref = JSON.parse(JSON.stringify(tracker.ref)) as typeof tracker.ref

    const repo = { owner: OWNER, repo: REPO }
    expect(await markCancelled(client, repo, ref ?? { id: 0, kind: 'issue_comment' }, '🛑 Cancelled')).toBe(
      true,
    )
    const stored = fake.state.comments.get(tracker.ref?.id ?? 0)
    expect(stored?.body).toBe(
      `<!-- codex-pr-action:tracking run=4242 trigger=${comment.id} -->\n🛑 Cancelled`,
    )

    expect(await markCancelled(client, repo, { id: comment.id, kind: 'issue_comment' }, 'nope')).toBe(false)
    expect(comment.body).toBe('/codex fix the flaky date test')
  })
})

describe('GitHub Enterprise Server', () => {
  it('talks to <server>/api/v3 and links the run on the server', async () => {
    await fake.close()
    fake = await startFakeGitHub({ ghes: true })
    client = createGitHubClient({ token: fake.token, apiUrl: fake.apiUrl })
    const { issue, comment } = seedIssue(fake)
    const env = runnerEnv(fake)
    expect(env.apiUrl).toBe(`${fake.serverUrl}/api/v3`)
    const tracker = await TrackingComment.start(
      client,
      env,
      issueCommentTrigger(issue, comment),
      options(renderWorking({ runUrl: runUrl(env), task: 'x' })),
    )
    const tracking = issueCommentsOf(fake, issue).find((c) => c.id !== comment.id)
    expect(tracking?.body).toContain(`(${fake.serverUrl}/${FULL_NAME}/actions/runs/4242)`)
    expect(tracking?.body).not.toContain('/api/v3')
    expect(tracker.url?.startsWith(fake.serverUrl)).toBe(true)
    await tracker.finish(renderFinal(finalReport(env)))
    expect(tracking?.body).toContain(`${fake.serverUrl}/${FULL_NAME}/pull/7`)
  })
})
