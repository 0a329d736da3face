// Invalid inputs answered on the thread, from source (not through dist/): the person who commented
// hears which input is wrong; a comment not addressed to the action gets no reply.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { examplePayload, payloadParts } from '../../__fixtures__/github/payloads.js'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { replyMisconfigured } from '../../src/action/misconfigured.js'
import { createRedactor } from '../../src/common/redact.js'
import { FULL_NAME, issueCommentsOf, runnerEnv, seedIssue } from '../github/comment-fixtures.js'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

function commentPayload(body: string) {
  const { issue, comment } = seedIssue(fake)
  fake.state.comments.get(comment.id)!.body = body
  const parts = payloadParts(fake)
  const payload = examplePayload('issue_comment', 'created', (event) => {
    event.repository = parts.repository(FULL_NAME)
    event.issue = parts.issue(FULL_NAME, issue.number)
    event.comment = parts.comment(comment.id)
    event.sender = parts.user('alice')
  })
  return { issue, payload }
}

async function reply(payload: unknown, lines: string[] = []) {
  return replyMisconfigured({
    env: runnerEnv(fake),
    payload,
    settings: { githubToken: fake.token, triggerPhrase: '/codex', labelTrigger: 'codex' },
    problems: [{ input: 'max-turns', problem: "must be a whole number of 1 or more (got 'lots')" }],
    redactor: createRedactor([fake.token]),
    log: (line) => lines.push(line),
  })
}

describe('misconfigured inputs, answered on the thread', () => {
  it('replies once to the trigger, naming the input and what it accepts', async () => {
    const { issue, payload } = commentPayload('/codex fix the flaky test')
    const url = await reply(payload)
    expect(url).toMatch(/#issuecomment-\d+$/)
    const replies = issueCommentsOf(fake, issue).slice(1)
    expect(replies).toHaveLength(1)
    expect(replies[0]?.body).toContain('max-turns')
    expect(replies[0]?.body).toContain("must be a whole number of 1 or more (got 'lots')")
  })

  it('stays silent on a comment not addressed to the action', async () => {
    const { issue, payload } = commentPayload('thanks, looks good')
    expect(await reply(payload)).toBeUndefined()
    expect(issueCommentsOf(fake, issue)).toHaveLength(1)
  })
})
