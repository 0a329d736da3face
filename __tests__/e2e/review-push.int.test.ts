// Reviews after a push, through dist/index.js against the local GitHub: what is already commented
// on unchanged lines (also lines a push only moved) is not repeated, only the action's own earlier
// comments count, and the PR keeps one tracking comment edited to the latest review.
import { describe, expect, it } from 'vitest'
import type { ScriptedCall } from '../../__fixtures__/model/fake-model.js'
import {
  inlineComments,
  LOCAL_TIME,
  openPull,
  pullRequestPayload,
  RANGE,
  reviewer,
  reviewsOf,
  WEEKDAY,
} from './review-helpers.js'
import { commentsOn, REPO, useScenarios } from './scenario.js'

const scenarios = useScenarios()

describe('the review after a push', () => {
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
})

describe('a push while the review reads the changes', () => {
  it('reviews nothing: the list of changes no longer matches the commit checked out', async () => {
    const scenario = await scenarios.start({ script: reviewer(() => [LOCAL_TIME]) })
    const { github } = scenario
    const pull = openPull(scenario)
    // The push lands right after GitHub answered the list of the PR's files.
    const record = github.requests.push.bind(github.requests)
    let pushed = false
    github.requests.push = (...entries) => {
      const count = record(...entries)
      if (!pushed && entries.some((entry) => entry.operationId === 'pulls/list-files')) {
        pushed = true
        github.state.commitToBranch(REPO, 'weekday', { 'src/week.js': `${WEEKDAY}export const LATE = 1\n` })
        github.state.syncPull(pull)
      }
      return count
    }
    const { main } = await scenario.run({
      eventName: 'pull_request',
      payload: pullRequestPayload(scenario, 'synchronize', pull.number),
    })
    expect(pushed).toBe(true)
    expect(main.outputs.conclusion).toBe('refused')
    expect(main.stdout).toMatch(/moved from [0-9a-f]{7} to [0-9a-f]{7} while its changes were read/)
    expect(reviewsOf(scenario)).toEqual([])
    expect(scenario.model.requests).toEqual([])
  })
})
