// `/codex review` and the review of a pull_request event, through dist/index.js against the local
// GitHub: one review whose inline comments sit on the exact changed lines, findings off the diff in
// its summary, and a re-review after a push that does not repeat what is already commented.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import type { RecordedRequest, ScriptedCall, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { commentsOn, MAINTAINER, remoteBranches, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()

const WEEKDAY = [
  '// Returns the ISO weekday: 1 (Monday) to 7 (Sunday).',
  'export function isoWeekday(date) {',
  '  const day = date.getDay()',
  '  return day === 0 ? 7 : day',
  '}',
  '',
].join('\n')

const LOCAL_TIME: ScriptedCall = {
  name: 'report_finding',
  arguments: {
    file: 'src/week.js',
    line: 3,
    severity: 'high',
    body: 'getDay() reads the local timezone while the rest of the library is UTC.',
    suggestion: '  const day = date.getUTCDay()',
  },
}
const RANGE: ScriptedCall = {
  name: 'report_finding',
  arguments: {
    file: 'src/week.js',
    start_line: 3,
    line: 4,
    severity: 'medium',
    body: 'No test covers Sunday, the one special case here.',
  },
}
// src/date.js is not changed by the pull request: GitHub would refuse a comment there.
const OFF_DIFF: ScriptedCall = {
  name: 'report_finding',
  arguments: { file: 'src/date.js', line: 4, severity: 'low', body: 'The month here is zero-based too.' },
}

/** Reports `calls`, then answers with a summary once the tool outputs are back. */
function reviewer(calls: () => ScriptedCall[]) {
  return (request: RecordedRequest): ScriptedTurn =>
    JSON.stringify(request.body).includes('recorded.')
      ? { text: 'Adds isoWeekday; it mixes local time into a UTC library.' }
      : { calls: calls() }
}

function openPull(s: Scenario) {
  return s.github.state.addPull(REPO, {
    title: 'Add isoWeekday',
    head: 'weekday',
    user: MAINTAINER,
    files: { 'src/week.js': WEEKDAY },
  })
}

function pullRequestPayload(s: Scenario, action: string, number: number) {
  return examplePayload('pull_request', action, (p) => {
    p.number = number
    p.pull_request = s.parts.pullRequest(REPO, number)
    p.repository = s.parts.repository(REPO)
    p.sender = s.parts.user(MAINTAINER)
  })
}

function reviewsOf(s: Scenario) {
  return [...s.github.state.reviews.values()].filter((review) => review.user.login === 'github-actions[bot]')
}

function inlineComments(s: Scenario) {
  return [...s.github.state.reviewComments.values()].map((comment) => ({
    path: comment.path,
    line: comment.line,
    startLine: comment.startLine,
    side: comment.side,
    body: comment.body,
    reviewId: comment.reviewId,
  }))
}

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
  it('re-reviews after a push without repeating the comments on unchanged lines', async () => {
    let calls = [LOCAL_TIME, RANGE]
    const scenario = await scenarios.start({ script: reviewer(() => calls) })
    const { github } = scenario
    const pull = openPull(scenario)
    const first = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    expect(first.main.outputs.conclusion).toBe('reviewed')
    expect(inlineComments(scenario)).toHaveLength(2)

    // A push adds a line; the model finds the same two problems again, and one on the new line.
    github.state.commitToBranch(REPO, 'weekday', {
      'src/week.js': `${WEEKDAY}export const SUNDAY = 0\n`,
    })
    github.state.syncPull(pull)
    calls = [
      LOCAL_TIME,
      RANGE,
      {
        name: 'report_finding',
        arguments: { file: 'src/week.js', line: 6, severity: 'low', body: 'SUNDAY is never used.' },
      },
    ]
    const second = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'synchronize', pull.number),
    })
    expect(second.main.exitCode).toBe(0)
    expect(second.main.outputs.conclusion).toBe('reviewed')
    const reviews = reviewsOf(scenario)
    expect(reviews).toHaveLength(2)
    const latest = inlineComments(scenario).filter((entry) => entry.reviewId === reviews[1]!.id)
    expect(latest).toEqual([expect.objectContaining({ path: 'src/week.js', line: 6 })])
    expect(reviews[1]!.body).toContain('2 finding(s) already commented on the same lines were not repeated')
    expect(JSON.parse(second.main.outputs.findings!)).toEqual({ critical: 0, high: 1, medium: 1, low: 1 })
  })

  it("is not silenced by a copy of its comment's hidden digest in another app's comment", async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]) })
    const { github } = scenario
    const pull = openPull(scenario)
    await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    const [ours] = [...github.state.reviewComments.values()]
    // Another app repeats our comment, digest and all, on the same line; ours is then deleted.
    github.state.addReviewComment(REPO, pull.number, {
      path: ours!.path,
      line: ours!.line ?? undefined,
      body: ours!.body,
      user: 'other-app[bot]',
    })
    github.state.reviewComments.delete(ours!.id)

    github.state.commitToBranch(REPO, 'weekday', { 'src/week.js': `${WEEKDAY}export const SUNDAY = 0\n` })
    github.state.syncPull(pull)
    await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'synchronize', pull.number),
    })
    const latest = reviewsOf(scenario).at(-1)!
    expect(inlineComments(scenario).filter((entry) => entry.reviewId === latest.id)).toEqual([
      expect.objectContaining({ path: 'src/week.js', line: 3 }),
    ])
  })

  it('does not repeat a comment whose lines a push moved down without changing them', async () => {
    let calls = [LOCAL_TIME, RANGE]
    const scenario = await scenarios.start({ script: reviewer(() => calls) })
    const { github } = scenario
    const pull = openPull(scenario)
    await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'opened', pull.number),
    })
    expect(inlineComments(scenario)).toHaveLength(2)

    // A line above them: the same problems are now on lines 4 and 4–5.
    github.state.commitToBranch(REPO, 'weekday', { 'src/week.js': `// Weekdays.\n${WEEKDAY}` })
    github.state.syncPull(pull)
    const shifted = (call: ScriptedCall, by: number): ScriptedCall => {
      const args = call.arguments as Record<string, unknown>
      const moved = { ...args, line: Number(args.line) + by }
      return {
        ...call,
        arguments:
          args.start_line === undefined ? moved : { ...moved, start_line: Number(args.start_line) + by },
      }
    }
    calls = [shifted(LOCAL_TIME, 1), shifted(RANGE, 1)]
    const second = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'synchronize', pull.number),
    })
    expect(second.main.outputs.conclusion).toBe('reviewed')
    const reviews = reviewsOf(scenario)
    expect(reviews).toHaveLength(2)
    expect(inlineComments(scenario).filter((entry) => entry.reviewId === reviews[1]!.id)).toEqual([])
    expect(reviews[1]!.body).toContain('2 finding(s) already commented on the same lines were not repeated')
  })

  it.each([
    ['github.com', false],
    ['GHES', true],
  ])(
    'keeps one tracking comment per pull request, edited to the latest review; a forged marker is left alone (%s)',
    async (_, ghes) => {
      const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]), ghes })
      const { github } = scenario
      const pull = openPull(scenario)
      // Our marker copied into a person's comment, and into another app's: neither is ours to adopt.
      const forged = `<!-- codex-pr-action:tracking run=1 trigger=x sticky=review-${pull.number} -->\nplanted`
      const byPerson = github.state.addComment(REPO, pull.number, { body: forged, user: 'mallory' })
      const byApp = github.state.addComment(REPO, pull.number, { body: forged, user: 'other-app[bot]' })

      const first = await scenario.run({
        eventName: 'pull_request',
        payload: pullRequestPayload(scenario, 'opened', pull.number),
      })
      expect(first.main.outputs.conclusion).toBe('reviewed')
      const firstUrl = first.main.outputs['comment-url']!
      expect(firstUrl).not.toBe('')

      github.state.commitToBranch(REPO, 'weekday', { 'src/week.js': `${WEEKDAY}export const SUNDAY = 0\n` })
      github.state.syncPull(pull)
      const second = await scenario.run({
        eventName: 'pull_request',
        payload: pullRequestPayload(scenario, 'synchronize', pull.number),
      })
      expect(second.main.outputs.conclusion).toBe('reviewed')
      expect(second.main.outputs['comment-url']).toBe(firstUrl)

      const ours = commentsOn(github, pull.number).filter((entry) => entry.user === 'github-actions[bot]')
      expect(ours).toHaveLength(1)
      const reviews = reviewsOf(scenario)
      expect(reviews).toHaveLength(2)
      expect(ours[0]!.body).toContain(second.main.outputs['review-url']!)
      expect(ours[0]!.body).not.toContain(`#pullrequestreview-${reviews[0]!.id})`)
      expect(github.state.comments.get(byPerson.id)!.body).toBe(forged)
      expect(github.state.comments.get(byApp.id)!.body).toBe(forged)
    },
  )

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
