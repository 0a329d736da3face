// Approval by comment, end to end: a run whose command needs approval (approval_policy =
// "on-request") pauses with the command listed in its tracking comment, its state saved under a
// hidden ref and nothing pushed; a `/codex approve <id>` from a maintainer resumes the same
// conversation and workspace, runs the command once, and publishes a PR; one from a read-only user
// is refused and runs nothing. (Forgery attempts: approval-forgery.int.test.ts.)
import { describe, expect, it } from 'vitest'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import {
  issueCommentPayload,
  MAINTAINER,
  pullsOf,
  remoteBranches,
  remoteFile,
  REPO,
  useScenarios,
} from './scenario.js'
import type { Scenario } from './scenario.js'
import { approvalReplyIn, botComments, STATE_REF, stateRefs } from './approval-helpers.js'

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

async function pausedRun(): Promise<Scenario> {
  const scenario = await scenarios.start({ script, configExtra: CONFIG })
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

async function approve(scenario: Scenario, user: string) {
  const body = approvalReplyIn(botComments(scenario)[0]!.body)
  const comment = scenario.github.state.addComment(REPO, 1, { body, user })
  return scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, comment.id, 1, user),
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
      // The state is under a hidden ref only the action's token can push, never in the comment.
      expect(tracking!.body).not.toContain('approval-state')
      expect(stateRefs(scenario)).toEqual([STATE_REF])
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

      // The state is gone: one approval resumes once.
      expect(stateRefs(scenario)).toEqual([])
      const [paused, resumed] = botComments(scenario)
      expect(paused!.body).toContain(`Approved by @${MAINTAINER}`)
      expect(resumed!.body).toContain(`/pull/${pull!.number}`)
    },
    SLOW,
  )

  it(
    'refuses /codex approve from a user with read permission, and runs nothing',
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
      // The state is still there for a maintainer to approve.
      expect(stateRefs(scenario)).toEqual([STATE_REF])
    },
    SLOW,
  )
})
