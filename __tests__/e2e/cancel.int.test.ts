// Cancellation: the runner sends SIGINT, then SIGTERM 7.5 s later. The main step stops the agent
// and its command at once, saves the session and pushes nothing itself; the post step, which the
// runner gives its own time, pushes the changes so far as a draft PR marked partial — only when the
// workspace still holds exactly what the agent left — and the tracking comment says cancelled, with
// the PR's link and how to continue. `/codex continue` then goes on on that PR.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import {
  commentsOn,
  issueCommentPayload,
  MAINTAINER,
  pullsOf,
  remoteBranches,
  remoteFile,
  REPO,
  useScenarios,
} from './scenario.js'
import type { RunOptions, Scenario } from './scenario.js'
import { SESSION_REF } from './session-helpers.js'

const scenarios = useScenarios()
const SLOW = 240_000

const ADD_HALF_MADE = {
  name: 'apply_patch',
  arguments: { input: '*** Begin Patch\n*** Add File: half-made.txt\n+not finished\n*** End Patch' },
}
const CHANGELOG = {
  name: 'apply_patch',
  arguments: {
    input: '*** Begin Patch\n*** Add File: CHANGELOG.md\n+- formatDate: months are 1-based\n*** End Patch',
  },
}
const SLEEP = { name: 'shell', arguments: { command: ['sleep', '60'], timeout_ms: 120_000 } }
// The model edits a file, then starts a long command: the run is cancelled mid-command. A
// `/codex continue` afterwards gets the last two turns.
const SCRIPT: ScriptedTurn[] = [
  { calls: [ADD_HALF_MADE] },
  { calls: [SLEEP] },
  {
    calls: [
      {
        name: 'apply_patch',
        arguments: { input: '*** Begin Patch\n*** Add File: finished.txt\n+finished\n*** End Patch' },
      },
    ],
  },
  { text: 'Finished the long task.' },
]

async function runCancelled(scenario: Scenario, how: 'cancel' | 'kill', options: Partial<RunOptions> = {}) {
  scenario.github.state.addIssue(REPO, { title: 'Long task', user: MAINTAINER })
  const comment = scenario.github.state.addComment(REPO, 1, {
    body: '/codex do the long task',
    user: MAINTAINER,
  })
  return scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, comment.id),
    cancelWhen: { output: /exec sleep 60/, how },
    ...options,
  })
}

function trackingComment(s: Scenario): string {
  const [comment] = commentsOn(s.github, 1).filter((entry) => entry.user === 'github-actions[bot]')
  return comment?.body ?? ''
}

function sessionJson(scenario: Scenario): Record<string, unknown> {
  const text = scenario.github.state.repo(REPO).git.git(['show', `${SESSION_REF}:session.json`])
  return JSON.parse(text) as Record<string, unknown>
}

describe('cancellation', () => {
  it(
    'on SIGINT: stops the command at once; post pushes the change as a draft partial PR the comment links; /codex continue finishes it there',
    async () => {
      const scenario = await scenarios.start({ script: SCRIPT })
      const { main, post } = await runCancelled(scenario, 'cancel')
      expect(main.signal).toBeNull() // main exited by itself, before the runner's SIGTERM
      expect(main.exitCode).toBe(1)
      expect(main.outputs.conclusion).toBe('cancelled')
      expect(scenario.model.requests).toHaveLength(2)
      expect(post.exitCode).toBe(0)

      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()
      expect(pull!.draft).toBe(true)
      expect(pull!.title).toMatch(/^\[partial\] /)
      expect(scenario.github.state.repo(REPO).issues.get(pull!.number)!.labels).toContain('codex-partial')
      expect(remoteFile(scenario.github, pull!.headSha, 'half-made.txt')).toContain('not finished')
      const report = trackingComment(scenario)
      expect(report).toContain('Cancelled')
      expect(report).toContain(`draft PR #${pull!.number}, marked partial`)
      expect(report).toContain(`/pull/${pull!.number}`)
      expect(report).toContain('/codex continue [more instructions]')
      expect(sessionJson(scenario)).toMatchObject({
        state: 'partial',
        diff: '',
        pushed: { branch: pull!.headRef, commit: pull!.headSha, pull: pull!.number },
      })

      const added = scenario.github.state.addComment(REPO, 1, { body: '/codex continue', user: MAINTAINER })
      const next = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, added.id),
      })
      expect(next.main.outputs.conclusion).toBe('success')
      expect(JSON.stringify(scenario.model.requests[2]!.body)).toContain('half-made.txt') // the earlier turn
      const pulls = pullsOf(scenario.github)
      expect(pulls).toHaveLength(1)
      expect(pulls[0]!.number).toBe(pull!.number)
      expect(pulls[0]!.draft).toBe(false)
      expect(pulls[0]!.title).not.toMatch(/partial/)
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'finished.txt')).toContain('finished')
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'half-made.txt')).toContain('not finished')
    },
    SLOW,
  )

  it(
    'when the runner kills main right after it handed the work over, post still pushes it and reports',
    async () => {
      const scenario = await scenarios.start({ script: SCRIPT })
      const { main, post } = await runCancelled(scenario, 'cancel', {
        cancelWhen: { output: /exec sleep 60/, how: 'cancel', killWhen: /left for this job's post step/ },
      })
      expect(main.signal).toBe('SIGKILL') // before its session's last save and its report
      expect(post.exitCode).toBe(0)
      const [pull] = pullsOf(scenario.github)
      expect(pull?.draft).toBe(true)
      expect(remoteFile(scenario.github, pull!.headSha, 'half-made.txt')).toContain('not finished')
      const report = trackingComment(scenario)
      expect(report).toContain('Cancelled')
      expect(report).toContain(`draft PR #${pull!.number}, marked partial`)
      expect(sessionJson(scenario)).toMatchObject({ pushed: { branch: pull!.headRef, pull: pull!.number } })
    },
    SLOW,
  )

  it(
    'a cancelled /codex continue pushes onto the partial PR it continued, from the issue',
    async () => {
      const script = fixDateScenario().slice(0, 3) // stopped by max-turns after the fix
      script.push({ calls: [CHANGELOG] }, { calls: [SLEEP] })
      const scenario = await scenarios.start({ script })
      scenario.github.state.addIssue(REPO, { title: 'formatDate is off by a month', user: MAINTAINER })
      const ask = scenario.github.state.addComment(REPO, 1, { body: '/codex fix the test', user: MAINTAINER })
      const first = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, ask.id),
        inputs: { 'max-turns': '3' },
      })
      expect(first.main.outputs.conclusion).toBe('budget-exhausted')
      const [partial] = pullsOf(scenario.github)
      expect(partial).toBeDefined()

      const go = scenario.github.state.addComment(REPO, 1, { body: '/codex continue', user: MAINTAINER })
      const { main } = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, go.id),
        cancelWhen: { output: /exec sleep 60/, how: 'cancel' },
      })
      expect(main.outputs.conclusion).toBe('cancelled')
      const pulls = pullsOf(scenario.github)
      expect(pulls).toHaveLength(1)
      expect(pulls[0]!.headRef).toBe(partial!.headRef)
      expect(pulls[0]!.draft).toBe(true)
      const git = scenario.github.state.repo(REPO).git
      expect(git.git(['rev-parse', `${pulls[0]!.headSha}^`]).trim()).toBe(partial!.headSha)
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'CHANGELOG.md')).toContain('1-based')
      expect(sessionJson(scenario)).toMatchObject({
        pushed: { commit: pulls[0]!.headSha, pull: partial!.number },
      })
    },
    SLOW,
  )

  it(
    'with partial: discard, nothing is pushed and the comment says so',
    async () => {
      const scenario = await scenarios.start({ script: SCRIPT })
      const { main } = await runCancelled(scenario, 'cancel', { inputs: { partial: 'discard' } })
      expect(main.outputs.conclusion).toBe('cancelled')
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(pullsOf(scenario.github)).toEqual([])
      expect(trackingComment(scenario)).toContain('The changes were not pushed (`partial: discard`)')
    },
    SLOW,
  )

  it(
    'a cancelled run that changed nothing pushes nothing',
    async () => {
      const scenario = await scenarios.start({ script: [{ calls: [SLEEP] }, { text: 'never reached' }] })
      const { main, post } = await runCancelled(scenario, 'cancel')
      expect(main.outputs.conclusion).toBe('cancelled')
      expect(main.state['cancelled-work']).toBeUndefined()
      expect(post.stdout).not.toContain('post:')
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(trackingComment(scenario)).toMatch(/Cancelled/)
    },
    SLOW,
  )

  it(
    'post pushes nothing when the workspace changed after the cancel, and says why',
    async () => {
      const scenario = await scenarios.start({ script: SCRIPT })
      const { post } = await runCancelled(scenario, 'cancel', {
        // A later `if: always()` step writing into the checkout: not the agent's work.
        beforePost: (sandbox) => writeFileSync(join(sandbox.workspace, 'build-output.txt'), 'artifact\n'),
      })
      expect(post.exitCode).toBe(0)
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      const report = trackingComment(scenario)
      expect(report).toContain('the workspace changed after the run was cancelled')
      expect(report).toContain('/codex continue [more instructions]') // the session still holds the work
      expect(sessionJson(scenario)).toMatchObject({ state: 'partial' })
      expect(sessionJson(scenario).diff).toContain('half-made.txt')
    },
    SLOW,
  )

  it(
    'when main is killed outright, post marks the tracking comment cancelled',
    async () => {
      const scenario = await scenarios.start({ script: SCRIPT })
      const { main, post } = await runCancelled(scenario, 'kill')
      expect(main.signal).toBe('SIGKILL')
      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain('the tracking comment now says the run was cancelled')
      // post's words, not main's report: main died before it could write anything.
      expect(trackingComment(scenario)).toContain(
        '**Cancelled.** The run was stopped before it finished; nothing was pushed.',
      )
      expect(remoteBranches(scenario.github)).toEqual(['main'])
    },
    SLOW,
  )
})
