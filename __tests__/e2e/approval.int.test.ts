// Approval by comment, end to end: a run whose command needs approval (approval_policy =
// "on-request") pauses with the command listed in its tracking comment, its session saved
// `awaiting-approval` under the hidden sessions ref and nothing pushed; a `/codex approve <id>` from a maintainer resumes the same
// conversation and workspace, runs the command once, and publishes a PR; one from a read-only user
// is refused and runs nothing. (Forgery attempts: approval-forgery.int.test.ts.)
import { describe, expect, it } from 'vitest'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import type { RecordedRequest, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
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
import type { Scenario } from './scenario.js'
import { approvalRefs, approvalReplyIn, botComments, savedSession, sessionState } from './approval-helpers.js'

const scenarios = useScenarios()
/** Two or three runs of the bundled action each; the shared machine can be slow. */
const SLOW = 180_000

const APPROVED = ['node', '-e', 'require("fs").writeFileSync("approved.txt", "ran once\\n")']
const CONFIG = [
  'approval_policy = "on-request"',
  'rules = [{ prefix = ["node", "-e"], decision = "escalate", justification = "inline scripts need a person" }]',
  '',
].join('\n')
const FINAL = 'Fixed formatDate and recorded the approved step.'

const script: ScriptedTurn[] = [
  {
    text: 'Patching, then the inline step.',
    calls: [
      { name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } },
      { name: 'shell', arguments: { command: APPROVED } },
    ],
  },
  // After approval: the same command again, now allowed once; then the answer.
  { calls: [{ name: 'shell', arguments: { command: APPROVED } }] },
  { text: FINAL },
]

async function pausedRun(
  turns: ScriptedTurn[] | ((request: RecordedRequest, index: number) => ScriptedTurn) = script,
): Promise<Scenario> {
  const scenario = await scenarios.start({ script: turns, configExtra: CONFIG })
  const { github } = scenario
  github.state.addIssue(REPO, {
    title: 'formatDate is off by a month',
    body: 'Tests fail.',
    user: MAINTAINER,
  })
  const trigger = github.state.addComment(REPO, 1, { body: '/codex fix the failing test', user: MAINTAINER })
  const { main } = await scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, trigger.id),
  })
  expect(main.exitCode).toBe(0)
  expect(main.outputs.conclusion).toBe('awaiting-approval')
  return scenario
}

async function approve(scenario: Scenario, user: string, inputs?: Record<string, string>) {
  const body = approvalReplyIn(botComments(scenario)[0]!.body)
  const comment = scenario.github.state.addComment(REPO, 1, { body, user })
  return scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, comment.id, 1, user),
    inputs,
  })
}

describe('a command that needs approval', () => {
  it(
    'pauses the run: the comment lists the command and how to approve it, and nothing is pushed',
    async () => {
      const scenario = await pausedRun()
      const [tracking] = botComments(scenario)
      expect(tracking!.body).toContain('Waiting for approval')
      expect(tracking!.body).toContain(`node -e 'require("fs").writeFileSync("approved.txt", "ran once\\n")'`)
      expect(tracking!.body).toContain('inline scripts need a person')
      expect(tracking!.body).toMatch(/Reply `\/codex approve [0-9a-f]{16}` to run them once/)
      // The session is under a hidden ref only the action's token can push, never in the comment.
      expect(tracking!.body).not.toContain('approval-state')
      const session = savedSession(scenario)!
      expect(session.state).toBe('awaiting-approval')
      expect(JSON.stringify(session.approval)).toContain('"command":["node","-e",')
      expect(tracking!.body).toContain(`approve ${(session.approval as { id: string }).id}`)
      expect(session.diff).toContain('getUTCMonth() + 1')
      // Nothing is written where older versions kept approval states.
      expect(approvalRefs(scenario)).toEqual([])
      expect(pullsOf(scenario.github)).toEqual([])
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(scenario.model.requests).toHaveLength(1)
    },
    SLOW,
  )

  it(
    'resumes on /codex approve from a maintainer: same transcript, the command runs once, a PR opens',
    async () => {
      const scenario = await pausedRun()
      const { main } = await approve(scenario, MAINTAINER)
      expect(main.exitCode).toBe(0)
      expect(main.outputs.conclusion).toBe('success')

      // The resumed model saw the earlier turn (the patch and the paused command) and the approval.
      const resumedRequest = JSON.stringify(scenario.model.requests[1]!.body)
      expect(resumedRequest).toContain('getUTCMonth() + 1')
      expect(resumedRequest).toContain('Command not run yet')
      expect(resumedRequest).toContain(`@${MAINTAINER} approved these commands`)
      expect(scenario.model.requests).toHaveLength(3)

      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()
      const head = `refs/heads/${pull!.headRef}`
      // The paused run's patch was restored, and the approved command ran in this run.
      expect(remoteFile(scenario.github, head, 'src/date.js')).toContain('getUTCMonth() + 1')
      expect(remoteFile(scenario.github, head, 'approved.txt')?.trim()).toBe('ran once')

      // The session was taken up and finished: it no longer waits for an approval.
      expect(sessionState(scenario)).toBe('completed')
      expect(savedSession(scenario)!.approval).toBeUndefined()
      const [paused, resumed] = botComments(scenario)
      expect(paused!.body).toContain(`Approved by @${MAINTAINER}`)
      expect(resumed!.body).toContain(`/pull/${pull!.number}`)
    },
    SLOW,
  )

  it(
    'refuses /codex approve from a user with read permission, even one in allow-users, and runs nothing',
    async () => {
      const scenario = await pausedRun()
      scenario.github.state.addUser('bob')
      scenario.github.state.setPermission(REPO, 'bob', 'read')
      const { main } = await approve(scenario, 'bob')
      expect(main.outputs.conclusion).toBe('refused')
      expect(scenario.model.requests).toHaveLength(1)
      expect(pullsOf(scenario.github)).toEqual([])
      const comments = botComments(scenario)
      expect(comments.at(-1)!.body).toMatch(/did not run this: .*bob/)
      // Listed in allow-users, bob may ask for tasks (read-only), but not approve commands.
      const allowed = await approve(scenario, 'bob', { 'allow-users': 'bob' })
      expect(allowed.main.outputs.conclusion).toBe('refused')
      expect(botComments(scenario).at(-1)!.body).toContain('approving commands needs write permission')
      expect(scenario.model.requests).toHaveLength(1)
      expect(allowed.main.stdout).not.toMatch(/exec node -e/)
      // The session still waits for a maintainer to approve it.
      expect(sessionState(scenario)).toBe('awaiting-approval')
    },
    SLOW,
  )
})

describe('a paused run, taken up without approving it', () => {
  it(
    'is listed by /codex status as awaiting approval; /codex continue never runs its commands',
    async () => {
      // The status check's ping is answered apart; the task's turns go in order. After the first
      // continue the model asks for the same command again; after the second it finishes.
      let taskTurn = 0
      const turns: ScriptedTurn[] = [
        script[0]!,
        { calls: [{ name: 'shell', arguments: { command: APPROVED } }] },
        { text: 'Left the inline step out, as asked.' },
      ]
      const scenario = await pausedRun((request) =>
        JSON.stringify(request.body).includes('Reply with the single word OK')
          ? { text: 'OK' }
          : (turns[taskTurn++] ?? { text: 'done' }),
      )
      const reply = approvalReplyIn(botComments(scenario)[0]!.body)
      const say = async (body: string) => {
        const added = scenario.github.state.addComment(REPO, 1, { body, user: MAINTAINER })
        return scenario.run({ eventName: 'issue_comment', payload: issueCommentPayload(scenario, added.id) })
      }

      const status = await say('/codex status')
      expect(status.main.outputs.conclusion).toBe('answered')
      expect(botComments(scenario).at(-1)!.body).toMatch(/\| #1 \| — \| 1 \| [^|]+ \| awaiting approval \|/)

      // Continuing is not approving: the command asked for again pauses the run again, unrun.
      const continued = await say('/codex continue')
      expect(continued.main.outputs.conclusion).toBe('awaiting-approval')
      const request = JSON.stringify(scenario.model.requests.at(-1)!.body)
      expect(request).toContain('were not approved and did not run')
      expect(request).not.toContain('approved these commands')
      expect(continued.main.stdout).not.toMatch(/exec node -e/)
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(sessionState(scenario)).toBe('awaiting-approval')

      const finished = await say('/codex continue but leave the inline step out')
      expect(finished.main.outputs.conclusion).toBe('success')
      expect(JSON.stringify(scenario.model.requests.at(-1)!.body)).toContain('leave the inline step out')
      const [pull] = pullsOf(scenario.github)
      const head = `refs/heads/${pull!.headRef}`
      expect(remoteFile(scenario.github, head, 'src/date.js')).toContain('getUTCMonth() + 1')
      expect(remoteFile(scenario.github, head, 'approved.txt')).toBeUndefined()

      // The paused run's reply now finds nothing waiting.
      const late = await say(reply)
      expect(late.main.outputs.conclusion).toBe('refused')
      expect(botComments(scenario).at(-1)!.body).toContain('no run in this thread is waiting for approval')
      expect(sessionState(scenario)).toBe('completed')
    },
    // Five runs of the bundled action.
    2 * SLOW,
  )
})

describe('a run paused on the pull request the action opened for an issue', () => {
  it(
    "is approved on that pull request only, though its session is the issue's",
    async () => {
      const turns: ScriptedTurn[] = [
        { calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }] },
        // `/codex continue` on the PR: the inline step, which needs approval.
        { text: 'Now the inline step.', calls: [{ name: 'shell', arguments: { command: APPROVED } }] },
        { calls: [{ name: 'shell', arguments: { command: APPROVED } }] },
        { text: FINAL },
      ]
      const scenario = await scenarios.start({ script: turns, configExtra: CONFIG })
      const { github } = scenario
      github.state.addIssue(REPO, { title: 'formatDate is off by a month', body: '', user: MAINTAINER })
      const ask = github.state.addComment(REPO, 1, { body: '/codex fix the failing test', user: MAINTAINER })
      const first = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, ask.id),
        inputs: { 'max-turns': '1' },
      })
      expect(first.main.outputs.conclusion).toBe('budget-exhausted')
      const [pull] = pullsOf(github)
      expect(pull).toBeDefined()

      const onPull = (body: string) => {
        const added = github.state.addComment(REPO, pull!.number, { body, user: MAINTAINER })
        return scenario.run({
          eventName: 'issue_comment',
          payload: issueCommentPayload(scenario, added.id, pull!.number),
        })
      }
      const paused = await onPull('/codex continue')
      expect(paused.main.outputs.conclusion).toBe('awaiting-approval')
      // The session stays the issue's; the approval it waits for belongs to the PR's thread.
      expect(savedSession(scenario)).toMatchObject({ thread: 1, state: 'awaiting-approval' })
      const prComments = commentsOn(github, pull!.number).filter((c) => c.user === 'github-actions[bot]')
      const reply = approvalReplyIn(prComments.at(-1)!.body)

      // The same reply on the issue finds nothing waiting there.
      const onIssue = github.state.addComment(REPO, 1, { body: reply, user: MAINTAINER })
      const wrongThread = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, onIssue.id),
      })
      expect(wrongThread.main.outputs.conclusion).toBe('refused')
      expect(botComments(scenario).at(-1)!.body).toContain('no run in this thread is waiting for approval')
      expect(scenario.model.requests).toHaveLength(2)
      expect(sessionState(scenario)).toBe('awaiting-approval')

      // On the pull request it resumes, runs the command once and finishes on the same PR.
      const approved = await onPull(reply)
      expect(approved.main.outputs.conclusion).toBe('success')
      expect(scenario.model.requests).toHaveLength(4)
      const pulls = pullsOf(github)
      expect(pulls).toHaveLength(1)
      expect(remoteFile(github, pulls[0]!.headSha, 'approved.txt')?.trim()).toBe('ran once')
      expect(sessionState(scenario)).toBe('completed')
    },
    SLOW * 2,
  )
})
