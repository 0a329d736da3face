// Cancellation (the publish issue): the runner sends SIGINT, then SIGTERM 7.5 s later. The run
// stops the agent and its command, pushes nothing half-made, and the tracking comment says
// "cancelled" — written by main when it can, or by post when main was killed outright.
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import {
  commentsOn,
  issueCommentPayload,
  MAINTAINER,
  remoteBranches,
  REPO,
  useScenarios,
} from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
let scenario: Scenario | undefined

// The model edits a file, then starts a long command: cancelling mid-command must push nothing.
const SCRIPT: ScriptedTurn[] = [
  {
    calls: [
      {
        name: 'apply_patch',
        arguments: { input: '*** Begin Patch\n*** Add File: half-made.txt\n+not finished\n*** End Patch' },
      },
    ],
  },
  { calls: [{ name: 'shell', arguments: { command: ['sleep', '60'], timeout_ms: 120_000 } }] },
  { text: 'never reached' },
]

async function runCancelled(how: 'cancel' | 'kill') {
  scenario = await scenarios.start({ script: SCRIPT })
  scenario.github.state.addIssue(REPO, { title: 'Long task', user: MAINTAINER })
  const comment = scenario.github.state.addComment(REPO, 1, {
    body: '/codex do the long task',
    user: MAINTAINER,
  })
  return scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, comment.id),
    cancelWhen: { output: /exec sleep 60/, how },
  })
}

function trackingComment(s: Scenario): string {
  const [comment] = commentsOn(s.github, 1).filter((entry) => entry.user === 'github-actions[bot]')
  return comment?.body ?? ''
}

describe('cancellation', () => {
  it('on SIGINT: stops the command at once, pushes nothing, and main reports cancelled', async () => {
    const { main } = await runCancelled('cancel')
    expect(main.signal).toBeNull() // main exited by itself, before the runner's SIGTERM
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('cancelled')
    expect(trackingComment(scenario!)).toMatch(/cancel/i)
    expect(remoteBranches(scenario!.github)).toEqual(['main'])
    expect(scenario!.model.requests).toHaveLength(2)
  })

  it('when main is killed outright, post marks the tracking comment cancelled', async () => {
    const { main, post } = await runCancelled('kill')
    expect(main.signal).toBe('SIGKILL')
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('the tracking comment now says the run was cancelled')
    // post's words, not main's report: main died before it could write anything.
    expect(trackingComment(scenario!)).toContain(
      '**Cancelled.** The run was stopped before it finished; nothing was pushed.',
    )
    expect(remoteBranches(scenario!.github)).toEqual(['main'])
  })
})
