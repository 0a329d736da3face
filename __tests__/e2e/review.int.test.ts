// `/codex review` and the review of a pull_request event, through dist/index.js against the local
// GitHub: one review whose inline comments sit on the exact changed lines (a deleted line on the
// LEFT side), findings off the diff in its summary, a diff too large reviewed in parts, and forks.
// Reviews after a push: review-push.int.test.ts.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import type { RecordedRequest, ScriptedCall, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import {
  inlineComments,
  LOCAL_TIME,
  OFF_DIFF,
  openPull,
  pullRequestPayload,
  RANGE,
  reviewer,
  reviewsOf,
  WEEKDAY,
} from './review-helpers.js'
import { MAINTAINER, remoteBranches, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()

describe('/codex review on a pull request', () => {
  it('posts one review: inline comments on the changed lines, a suggestion, the off-diff finding in the summary', async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME, RANGE, OFF_DIFF]) })
    const { github, parts } = scenario
    const pull = openPull(scenario)
    const comment = github.state.addComment(REPO, pull.number, {
      body: '/codex review look at time zones',
      user: MAINTAINER,
    })
    const payload = examplePayload('issue_comment', 'created', (p) => {
      p.issue = parts.issue(REPO, pull.number)
      p.comment = parts.comment(comment.id)
      p.sender = parts.user(MAINTAINER)
    })
    const { main } = await scenario.run({ eventName: 'issue_comment', payload })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('reviewed')
    expect(JSON.parse(main.outputs.findings!)).toEqual({ critical: 0, high: 1, medium: 1, low: 1 })

    const reviews = reviewsOf(scenario)
    expect(reviews).toHaveLength(1)
    const review = reviews[0]!
    expect(review.state).toBe('COMMENTED')
    expect(review.commitId).toBe(pull.pull!.headSha)
    expect(main.outputs['review-url']).toBe(
      `${github.serverUrl}/${REPO}/pull/${pull.number}#pullrequestreview-${review.id}`,
    )
    expect(review.body).toContain('mixes local time into a UTC library')
    expect(review.body).toMatch(/Not on the diff's lines:\*\*\n- `src\/date.js` line 4 \(\*\*low\*\*/)

    const inline = inlineComments(scenario)
    expect(inline).toEqual([
      expect.objectContaining({ path: 'src/week.js', line: 3, startLine: null, side: 'RIGHT' }),
      expect.objectContaining({ path: 'src/week.js', line: 4, startLine: 3, side: 'RIGHT' }),
    ])
    expect(inline[0]!.body).toContain('```suggestion\n  const day = date.getUTCDay()\n```')
    expect(inline.every((entry) => entry.reviewId === review.id)).toBe(true)

    // The model worked read-only, on the diff, with the finding tool, and the focus as its task.
    const first = JSON.stringify(scenario.model.requests[0]!.body)
    expect(first).toContain('<sandbox_mode>read-only</sandbox_mode>')
    expect(first).toContain('report_finding')
    expect(first).toContain('+  const day = date.getDay()')
    expect(first).toContain('Focus of this review, as requested: look at time zones')
    expect(remoteBranches(github)).toEqual(['main', 'weekday'])
  })
})

describe('where a finding can sit', () => {
  const TABLE = Array.from({ length: 30 }, (_, index) => `export const row${index + 1} = ${index + 1}`)
  it('puts a deleted line on the LEFT side, and a range across hunks or an unchanged line in the summary', async () => {
    const removed: ScriptedCall = {
      name: 'report_finding',
      arguments: {
        file: 'src/table.js',
        line: 5,
        side: 'LEFT',
        severity: 'high',
        body: 'row5 is still imported by the CLI.',
        suggestion: 'export const row5 = 5',
      },
    }
    const acrossHunks: ScriptedCall = {
      name: 'report_finding',
      arguments: { file: 'src/table.js', start_line: 4, line: 24, severity: 'medium', body: 'Renumbered.' },
    }
    const unchanged: ScriptedCall = {
      name: 'report_finding',
      arguments: { file: 'src/table.js', line: 15, side: 'LEFT', severity: 'low', body: 'Old row.' },
    }
    const scenario = await scenarios.start({
      script: reviewer(() => [removed, acrossHunks, unchanged]),
      extraFiles: { 'src/table.js': `${TABLE.join('\n')}\n` },
    })
    // Row 5 is deleted and row 25 changed: two hunks, far apart.
    const changed = TABLE.filter((_, index) => index !== 4).map((row) =>
      row === 'export const row25 = 25' ? 'export const row25 = 2500' : row,
    )
    const pull = scenario.github.state.addPull(REPO, {
      title: 'Drop row 5',
      head: 'rows',
      user: MAINTAINER,
      files: { 'src/table.js': `${changed.join('\n')}\n` },
    })
    const { main } = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    expect(main.outputs.conclusion).toBe('reviewed')
    const inline = inlineComments(scenario)
    expect(inline).toEqual([expect.objectContaining({ path: 'src/table.js', line: 5, side: 'LEFT' })])
    // A suggestion replaces new lines: on a deleted line GitHub could not apply it.
    expect(inline[0]!.body).not.toContain('```suggestion')
    const review = reviewsOf(scenario)[0]!
    expect(review.body).toContain(
      '- `src/table.js` line 4–24 (**medium**, lines 4–24 are not in one hunk of the diff): Renumbered.',
    )
    expect(review.body).toContain(
      '- `src/table.js` line 15 (**low**, line 15 (LEFT) is not in the diff): Old row.',
    )
  })
})

describe('the review of pull_request events', () => {
  it('skips a draft pull request, and reviews it once it is ready for review', async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]) })
    const pull = openPull(scenario)
    pull.pull!.draft = true
    const { main } = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    expect(main.outputs.conclusion).toBe('skipped')
    expect(scenario.model.requests).toHaveLength(0)
    expect(reviewsOf(scenario)).toHaveLength(0)

    pull.pull!.draft = false
    const ready = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'ready_for_review', pull.number),
    })
    expect(ready.main.outputs.conclusion).toBe('reviewed')
    expect(reviewsOf(scenario)).toHaveLength(1)
  })
})

describe('a pull request too large for the model', () => {
  it('is reviewed part by part within the budget, and the file too large for any part is named', async () => {
    const lines = (name: string, count: number) =>
      Array.from({ length: count }, (_, index) => `export const ${name}${index} = ${index}`).join('\n') + '\n'
    const script = (request: RecordedRequest): ScriptedTurn => {
      const seen = JSON.stringify(request.body)
      const usage = { input: 50, output: 10 }
      if (seen.includes('recorded.')) return { text: `Part reviewed.`, usage }
      const file = seen.includes('part 1 of 2') ? 'src/a.js' : 'src/b.js'
      return {
        calls: [
          { name: 'report_finding', arguments: { file, line: 1, severity: 'low', body: `Unused ${file}.` } },
        ],
        usage,
      }
    }
    // 500 tokens of window: a 1,000-byte diff budget, so a.js and b.js (~700 bytes each) go in
    // two parts and big.js (~6,000 bytes) fits in none.
    const scenario = await scenarios.start({ script, configExtra: 'model_context_window = 500\n' })
    const pull = scenario.github.state.addPull(REPO, {
      title: 'Constants',
      head: 'constants',
      user: MAINTAINER,
      files: { 'src/a.js': lines('a', 25), 'src/b.js': lines('b', 25), 'src/big.js': lines('big', 200) },
    })
    const { main } = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    expect(main.outputs.conclusion).toBe('reviewed')
    expect(scenario.model.requests).toHaveLength(4)
    const firstPart = JSON.stringify(scenario.model.requests[0]!.body)
    expect(firstPart).toContain('+export const a0 = 0')
    expect(firstPart).not.toContain('+export const b0 = 0')
    expect(JSON.stringify(scenario.model.requests[2]!.body)).toContain('+export const b0 = 0')
    const review = reviewsOf(scenario)[0]!
    expect(review.body).toMatch(
      /\*\*Not reviewed:\*\*\n- `src\/big.js`: its diff \(\d+ bytes\) is larger than the model's budget/,
    )
    expect(inlineComments(scenario).map((entry) => entry.path)).toEqual(['src/a.js', 'src/b.js'])
  })
})

describe("a fork's pull request", () => {
  function forkPull(s: Scenario) {
    s.github.state.addFork(REPO, 'mallory')
    return s.github.state.addPull(REPO, {
      title: 'Add isoWeekday',
      head: 'mallory:weekday',
      user: 'mallory',
      files: { 'src/week.js': WEEKDAY },
    })
  }

  it('is reviewed read-only on its pinned head when a maintainer asks; nothing is pushed', async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]) })
    const { github, parts } = scenario
    const pull = forkPull(scenario)
    const comment = github.state.addComment(REPO, pull.number, { body: '/codex review', user: MAINTAINER })
    const payload = examplePayload('issue_comment', 'created', (p) => {
      p.issue = parts.issue(REPO, pull.number)
      p.comment = parts.comment(comment.id)
      p.sender = parts.user(MAINTAINER)
    })
    const { main } = await scenario.run({ eventName: 'issue_comment', payload })
    expect(main.outputs.conclusion).toBe('reviewed')
    const review = reviewsOf(scenario)[0]!
    expect(review.commitId).toBe(pull.pull!.headSha)
    expect(inlineComments(scenario)).toEqual([expect.objectContaining({ path: 'src/week.js', line: 3 })])
    expect(JSON.stringify(scenario.model.requests[0]!.body)).toContain(
      '<sandbox_mode>read-only</sandbox_mode>',
    )
    expect(remoteBranches(github)).toEqual(['main'])
  })

  it("is not reviewed for its author's own pull_request_target event without write access", async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]) })
    const pull = forkPull(scenario)
    const payload = examplePayload('pull_request', 'opened', (p) => {
      p.number = pull.number
      p.pull_request = scenario.parts.pullRequest(REPO, pull.number)
      p.repository = scenario.parts.repository(REPO)
      p.sender = scenario.parts.user('mallory')
    })
    const { main } = await scenario.run({ eventName: 'pull_request_target', payload })
    expect(main.outputs.conclusion).toBe('refused')
    expect(scenario.model.requests).toHaveLength(0)
    expect(reviewsOf(scenario)).toHaveLength(0)
  })
})
