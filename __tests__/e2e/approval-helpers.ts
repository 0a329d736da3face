// What the approval tests read back: the action's own comments, the reply a paused comment asks
// for, and the thread's session under the hidden ref, which a paused run saves `awaiting-approval`.
import { expect } from 'vitest'
import { commentsOn, REPO } from './scenario.js'
import type { Scenario } from './scenario.js'
import { SESSION_REF } from './session-helpers.js'

export { SESSION_REF }

export const botComments = (scenario: Scenario) =>
  commentsOn(scenario.github, 1).filter((comment) => comment.user === 'github-actions[bot]')

/** The reply the paused comment asks for, e.g. `/codex approve 3f2a…` (the last one it shows). */
export function approvalReplyIn(body: string): string {
  const replies = [...body.matchAll(/Reply `(\/codex approve [0-9a-f]+)` to run them once/g)]
  expect(replies.length).toBeGreaterThan(0)
  return replies.at(-1)![1]!
}

/** The saved session of #1 as stored (undefined when there is none). */
export function savedSession(scenario: Scenario): Record<string, unknown> | undefined {
  const git = scenario.github.state.repo(REPO).git
  if (git.listRefs(SESSION_REF).length === 0) return undefined
  return JSON.parse(git.git(['show', `${SESSION_REF}:session.json`])) as Record<string, unknown>
}

/** The state of #1's session: `awaiting-approval` while a run waits; undefined without a session. */
export const sessionState = (scenario: Scenario) => savedSession(scenario)?.state

/** Refs under the namespace older versions kept approval states in: nothing writes there now. */
export const approvalRefs = (scenario: Scenario) =>
  scenario.github.state
    .repo(REPO)
    .git.listRefs('refs/codex-pr-action/approvals/')
    .map((entry) => entry.ref)
