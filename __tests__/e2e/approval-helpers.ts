// What the approval tests read back: the action's own comments, the reply a paused comment asks
// for, and the hidden refs that hold saved states.
import { expect } from 'vitest'
import { commentsOn, REPO } from './scenario.js'
import type { Scenario } from './scenario.js'

export const STATE_REF = 'refs/codex-pr-action/approvals/1'

export const botComments = (scenario: Scenario) =>
  commentsOn(scenario.github, 1).filter((comment) => comment.user === 'github-actions[bot]')

/** The reply the paused comment asks for, e.g. `/codex approve 3f2a…` (the last one it shows). */
export function approvalReplyIn(body: string): string {
  const replies = [...body.matchAll(/Reply `(\/codex approve [0-9a-f]+)` to run them once/g)]
  expect(replies.length).toBeGreaterThan(0)
  return replies.at(-1)![1]!
}

/** Refs under the action's hidden namespace in the remote repository. */
export function stateRefs(scenario: Scenario): string[] {
  // Approval states only: every task run also keeps its session under sessions/.
  return scenario.github.state
    .repo(REPO)
    .git.listRefs('refs/codex-pr-action/approvals/')
    .map((entry) => entry.ref)
}
