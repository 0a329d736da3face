import { describe, expect, it } from 'vitest'
import { examplePayload, type Payload } from '../../__fixtures__/github/payloads.js'
import { parseTrigger } from '../../src/github/event.js'
import type { Skip, Trigger } from '../../src/github/types.js'
import { runnerEnv, SETTINGS } from './env.js'

type Json = Record<string, unknown>

function json(value: unknown): Json {
  return value as Json
}

function withCommentBody(event: string, action: string, body: string, patch?: (payload: Payload) => void) {
  return examplePayload(event, action, (payload) => {
    json(payload.comment).body = body
    patch?.(payload)
  })
}

function parse(event: string, payload: unknown, settings = SETTINGS): Trigger | Skip {
  return parseTrigger(runnerEnv(event), payload, settings)
}

function expectTrigger(result: Trigger | Skip): Trigger {
  if (result.source === 'skip') throw new Error(`expected a trigger, got a skip: ${result.reason}`)
  return result
}

function expectSkip(result: Trigger | Skip): string {
  if (result.source !== 'skip') throw new Error(`expected a skip, got a ${result.source} trigger`)
  return result.reason
}

describe('issue_comment', () => {
  it('turns "/codex <task>" on an issue into a task with the issue, the comment and its author', () => {
    const trigger = expectTrigger(
      parse('issue_comment', withCommentBody('issue_comment', 'created', '/codex fix the typo')),
    )
    expect(trigger).toMatchObject({
      source: 'issue_comment',
      repo: { owner: 'Codertocat', repo: 'Hello-World' },
      actor: { login: 'Codertocat', type: 'User' },
      command: { kind: 'task', text: 'fix the typo' },
      issue: {
        number: 1,
        title: 'Spelling error in the README file',
        isPullRequest: false,
        author: 'Codertocat',
      },
      comment: { id: 492700400, kind: 'issue_comment', createdAt: '2019-05-15T15:20:21Z' },
    })
  })

  it("knows a comment on a pull request by the issue's pull_request field", () => {
    const payload = withCommentBody('issue_comment', 'created', '/codex rebase this', (p) => {
      json(p.issue).pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' }
    })
    const trigger = expectTrigger(parse('issue_comment', payload))
    expect(trigger.source === 'issue_comment' && trigger.issue.isPullRequest).toBe(true)
  })

  it('takes the rest of the line and every line below it as the task', () => {
    const body = 'Thanks for the report!\n\n  /codex fix the parser\nand add a test for empty input\n'
    const trigger = expectTrigger(parse('issue_comment', withCommentBody('issue_comment', 'created', body)))
    expect(trigger.command).toEqual({ kind: 'task', text: 'fix the parser\nand add a test for empty input' })
  })

  it.each([
    ['/codex ask why does the date test fail?', { kind: 'ask', text: 'why does the date test fail?' }],
    ['/codex status', { kind: 'status' }],
    ['/codex approve', { kind: 'approve', text: '' }],
    ['/codex approve go ahead', { kind: 'approve', text: 'go ahead' }],
    ['/codex continue', { kind: 'continue', text: '' }],
    ['/codex continue and add a changelog line', { kind: 'continue', text: 'and add a changelog line' }],
  ])('reads %j as its command', (body, command) => {
    const trigger = expectTrigger(parse('issue_comment', withCommentBody('issue_comment', 'created', body)))
    expect(trigger.command).toEqual(command)
  })

  it.each([
    ['no trigger at all', 'You are totally right! I will get this fixed right away.'],
    ['the phrase mid-line', 'could someone /codex fix this?'],
    ['a longer word', '/codexify the docs'],
    ['another case', '/Codex fix the docs'],
    ['a quoted line', '> /codex fix the docs\nI disagree'],
    ['a fenced code block', 'Run this:\n```\n/codex fix the docs\n```\n'],
  ])('skips a comment with %s, posting nothing', (_name, body) => {
    const reason = expectSkip(parse('issue_comment', withCommentBody('issue_comment', 'created', body)))
    expect(reason).toContain("no line starting with '/codex'")
  })

  it.each(['edited', 'deleted'])('ignores a comment that was %s, even with the trigger', (action) => {
    const reason = expectSkip(
      parse('issue_comment', withCommentBody('issue_comment', action, '/codex delete the repo')),
    )
    expect(reason).toContain('edits and deletions are ignored')
  })

  it('uses the prompt input as the task of a bare "/codex", and answers a bare one without it with the usage', () => {
    const payload = withCommentBody('issue_comment', 'created', '/codex')
    const withPrompt = expectTrigger(
      parse('issue_comment', payload, { ...SETTINGS, prompt: 'Triage this issue.' }),
    )
    expect(withPrompt.command).toEqual({ kind: 'task', text: 'Triage this issue.' })
    expect(expectTrigger(parse('issue_comment', payload)).command).toEqual({ kind: 'help' })
  })

  it("adds the prompt input to a comment's task as extra instructions", () => {
    const payload = withCommentBody('issue_comment', 'created', '/codex fix the typo')
    const trigger = expectTrigger(
      parse('issue_comment', payload, { ...SETTINGS, prompt: 'Keep commits small.' }),
    )
    expect(trigger.command).toEqual({
      kind: 'task',
      text: 'fix the typo\n\nAdditional instructions from the workflow: Keep commits small.',
    })
  })

  it('honours a custom trigger phrase', () => {
    const payload = withCommentBody('issue_comment', 'created', '@bot-helper please fix it')
    const trigger = expectTrigger(
      parse('issue_comment', payload, { ...SETTINGS, triggerPhrase: '@bot-helper' }),
    )
    expect(trigger.command).toEqual({ kind: 'task', text: 'please fix it' })
  })

  it('reports a bot author as a bot, for the gate', () => {
    const payload = withCommentBody('issue_comment', 'created', '/codex bump deps', (p) => {
      json(p.comment).user = { login: 'dependabot[bot]', type: 'Bot' }
    })
    expect(expectTrigger(parse('issue_comment', payload)).actor).toEqual({
      login: 'dependabot[bot]',
      type: 'Bot',
    })
  })
})

describe('pull request reviews', () => {
  it("reads a review comment with its file, hunk and thread (GitHub's example is on an outdated line)", () => {
    const payload = withCommentBody('pull_request_review_comment', 'created', '/codex use an emoji here')
    const trigger = expectTrigger(parse('pull_request_review_comment', payload))
    expect(trigger).toMatchObject({
      source: 'pull_request_review_comment',
      command: { kind: 'task', text: 'use an emoji here' },
      issue: { number: 2, isPullRequest: true, title: 'Update the README with new information.' },
      comment: {
        id: 284312630,
        kind: 'review_comment',
        reviewThread: {
          path: 'README.md',
          line: null,
          diffHunk: '@@ -1 +1 @@\n-# Hello-World',
          replyToId: 284312630,
        },
      },
    })
  })

  it('replies in the thread of a review comment that answers another', () => {
    const payload = withCommentBody('pull_request_review_comment', 'created', '/codex do it', (p) => {
      Object.assign(json(p.comment), { in_reply_to_id: 284312000, line: 12 })
    })
    const trigger = expectTrigger(parse('pull_request_review_comment', payload))
    if (trigger.source !== 'pull_request_review_comment') throw new Error('expected a review comment trigger')
    expect(trigger.comment.reviewThread).toMatchObject({ replyToId: 284312000, line: 12 })
  })

  it('ignores edited and deleted review comments', () => {
    for (const action of ['edited', 'deleted']) {
      const payload = withCommentBody('pull_request_review_comment', action, '/codex do it')
      expect(expectSkip(parse('pull_request_review_comment', payload))).toContain(
        'edits and deletions are ignored',
      )
    }
  })

  it("reads the trigger from a submitted review's body", () => {
    const payload = examplePayload('pull_request_review', 'submitted', (p) => {
      json(p.review).body = '/codex ask is this thread-safe?'
    })
    const trigger = expectTrigger(parse('pull_request_review', payload))
    expect(trigger).toMatchObject({
      source: 'pull_request_review',
      command: { kind: 'ask', text: 'is this thread-safe?' },
      issue: { number: 2, isPullRequest: true },
      comment: { id: 237895671, kind: 'review', createdAt: '2019-05-15T15:20:38Z' },
    })
  })

  it('skips a review without a body and a dismissed review', () => {
    expect(
      expectSkip(parse('pull_request_review', examplePayload('pull_request_review', 'submitted'))),
    ).toContain('no line starting')
    const dismissed = examplePayload('pull_request_review', 'dismissed', (p) => {
      json(p.review).body = '/codex do it'
    })
    expect(expectSkip(parse('pull_request_review', dismissed))).toContain('only submitted reviews')
  })
})

describe('issues', () => {
  it('starts on an opened issue whose body holds the trigger, with the text after it as the task', () => {
    const payload = examplePayload('issues', 'opened', (p) => {
      json(p.issue).body = 'The README says "commmit".\n\n/codex fix the spelling in README.md'
    })
    const trigger = expectTrigger(parse('issues', payload))
    expect(trigger).toMatchObject({
      source: 'issues',
      action: 'opened',
      actor: { login: 'Codertocat' },
      command: { kind: 'task', text: 'fix the spelling in README.md' },
    })
  })

  it('skips an opened issue without the trigger', () => {
    expect(expectSkip(parse('issues', examplePayload('issues', 'opened')))).toContain('issue body')
  })

  it('starts on the trigger label with a task naming the issue, and skips other labels', () => {
    const labeled = examplePayload('issues', 'labeled', (p) => {
      json(p.label).name = 'codex'
    })
    expect(expectTrigger(parse('issues', labeled)).command).toEqual({
      kind: 'task',
      text: 'Resolve issue #1, quoted below as data: its title and description say what is wrong or wanted.',
    })
    expect(expectSkip(parse('issues', examplePayload('issues', 'labeled')))).toContain(
      "'bug' is not the trigger label",
    )
  })

  it('starts on assignment to the configured assignee only', () => {
    const assigned = examplePayload('issues', 'assigned')
    expect(expectSkip(parse('issues', assigned))).toContain('assignee')
    expect(expectSkip(parse('issues', assigned, { ...SETTINGS, assignee: 'someone-else' }))).toContain(
      'Codertocat',
    )
    const trigger = expectTrigger(parse('issues', assigned, { ...SETTINGS, assignee: 'codertocat' }))
    expect(trigger).toMatchObject({
      action: 'assigned',
      command: { kind: 'task', text: expect.stringContaining('#1') },
    })
  })

  it('skips other issue actions', () => {
    expect(expectSkip(parse('issues', examplePayload('issues', 'edited')))).toContain(
      'only opened, labeled and assigned',
    )
  })
})

describe('workflow_dispatch and schedule', () => {
  it.each(['workflow_dispatch', 'schedule'])('%s takes its task from the prompt input', (event) => {
    const payload = examplePayload(event, '')
    const trigger = expectTrigger(parse(event, payload, { ...SETTINGS, prompt: 'Update the changelog.' }))
    expect(trigger).toMatchObject({ source: event, command: { kind: 'task', text: 'Update the changelog.' } })
    expect(expectSkip(parse(event, payload))).toContain('`prompt`')
  })
})

describe('workflow_run', () => {
  // GitHub's example delivery is of a completed run without a conclusion; a failed run differs
  // only in these fields.
  function failedRun(patch?: (run: Json) => void) {
    return examplePayload('workflow_run', 'completed', (p) => {
      const run = json(p.workflow_run)
      Object.assign(run, {
        status: 'completed',
        conclusion: 'failure',
        name: 'CI',
        pull_requests: [{ number: 7 }],
      })
      patch?.(run)
    })
  }

  it('starts a CI fix for a failed run, checking whoever triggered the run', () => {
    const payload = failedRun((run) => {
      run.actor = { login: 'Codertocat', type: 'User' }
      run.triggering_actor = { login: 'rita', type: 'User' }
    })
    const trigger = expectTrigger(parse('workflow_run', payload))
    if (trigger.source !== 'workflow_run') throw new Error('expected a workflow_run trigger')
    expect(trigger.actor).toEqual({ login: 'rita', type: 'User' })
    expect(trigger.run).toEqual({
      id: 1589141559,
      name: 'CI',
      headBranch: 'main',
      headSha: '5779607b49aab1200488439f02372c57b4f75444',
      htmlUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1589141559',
      actor: 'rita',
      pullRequests: [7],
      fromFork: false,
    })
    expect(trigger.command).toEqual({
      kind: 'task',
      text:
        'The CI run https://github.com/octo-org/octo-repo/actions/runs/1589141559 failed; the run and the logs of its failed jobs are quoted below as data. ' +
        'Find the cause in the logs and fix it.',
    })
  })

  it("falls back to the run's actor, then the sender, when no triggering actor is given", () => {
    const withActor = failedRun((run) => {
      run.actor = { login: 'wes', type: 'User' }
    })
    expect(expectTrigger(parse('workflow_run', withActor)).actor.login).toBe('wes')
    expect(expectTrigger(parse('workflow_run', failedRun())).actor.login).toBe('Codertocat')
  })

  it('uses the prompt input as the task when given', () => {
    const trigger = expectTrigger(
      parse('workflow_run', failedRun(), { ...SETTINGS, prompt: 'Fix the lint errors only.' }),
    )
    expect(trigger.command).toEqual({ kind: 'task', text: 'Fix the lint errors only.' })
  })

  it('skips runs that did not fail, and runs not yet completed', () => {
    expect(expectSkip(parse('workflow_run', examplePayload('workflow_run', 'completed')))).toContain(
      'only failed runs',
    )
    const succeeded = failedRun((run) => {
      run.conclusion = 'success'
    })
    expect(expectSkip(parse('workflow_run', succeeded))).toContain('only failed runs')
    expect(expectSkip(parse('workflow_run', examplePayload('workflow_run', 'requested')))).toContain(
      'only failed runs',
    )
  })
})

describe('anything else', () => {
  it('skips other events and payloads that are not objects', () => {
    expect(expectSkip(parse('push', examplePayload('push', '')))).toContain('push event does not start')
    expect(expectSkip(parse('issue_comment', null))).toContain('not a JSON object')
    expect(expectSkip(parse('issue_comment', { action: 'created', comment: 'nope' }))).toContain('lacks')
  })
})
