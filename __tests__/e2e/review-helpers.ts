// What the review tests share: a pull request adding isoWeekday, the model's findings on it, and
// how the tests read the reviews and inline comments the local GitHub holds.
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import type { RecordedRequest, ScriptedCall, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { MAINTAINER, REPO } from './scenario.js'
import type { Scenario } from './scenario.js'

export const WEEKDAY = [
  '// Returns the ISO weekday: 1 (Monday) to 7 (Sunday).',
  'export function isoWeekday(date) {',
  '  const day = date.getDay()',
  '  return day === 0 ? 7 : day',
  '}',
  '',
].join('\n')

export const LOCAL_TIME: ScriptedCall = {
  name: 'report_finding',
  arguments: {
    file: 'src/week.js',
    line: 3,
    severity: 'high',
    body: 'getDay() reads the local timezone while the rest of the library is UTC.',
    suggestion: '  const day = date.getUTCDay()',
  },
}
export const RANGE: ScriptedCall = {
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
export const OFF_DIFF: ScriptedCall = {
  name: 'report_finding',
  arguments: { file: 'src/date.js', line: 4, severity: 'low', body: 'The month here is zero-based too.' },
}

/** Reports `calls`, then answers with a summary once the tool outputs are back. */
export function reviewer(calls: () => ScriptedCall[]) {
  return (request: RecordedRequest): ScriptedTurn =>
    JSON.stringify(request.body).includes('recorded.')
      ? { text: 'Adds isoWeekday; it mixes local time into a UTC library.' }
      : { calls: calls() }
}

export function openPull(s: Scenario) {
  return s.github.state.addPull(REPO, {
    title: 'Add isoWeekday',
    head: 'weekday',
    user: MAINTAINER,
    files: { 'src/week.js': WEEKDAY },
  })
}

export function pullRequestPayload(s: Scenario, action: string, number: number) {
  return examplePayload('pull_request', action, (p) => {
    p.number = number
    p.pull_request = s.parts.pullRequest(REPO, number)
    p.repository = s.parts.repository(REPO)
    p.sender = s.parts.user(MAINTAINER)
  })
}

export function reviewsOf(s: Scenario) {
  return [...s.github.state.reviews.values()].filter((review) => review.user.login === 'github-actions[bot]')
}

export function inlineComments(s: Scenario) {
  return [...s.github.state.reviewComments.values()].map((comment) => ({
    path: comment.path,
    line: comment.line,
    startLine: comment.startLine,
    side: comment.side,
    body: comment.body,
    reviewId: comment.reviewId,
  }))
}
