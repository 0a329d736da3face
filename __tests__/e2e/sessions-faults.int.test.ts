// Sessions under attack and after a crash, end to end through the bundled action. A session ref
// planted by someone other than the action (a writer's push, or any other identity), one naming
// another thread, and one whose base commit is gone are each refused with a reply saying why, and
// nothing runs: no model request, no push, no PR. A runner killed mid-run (SIGKILL) leaves the last
// saved turn, which `/codex continue` takes up with the conversation and the workspace as they were.
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
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
import { ACTION, plantSession, SESSION_REF, SOMEONE } from './session-helpers.js'

const scenarios = useScenarios()
const SLOW = 240_000
const botComments = (scenario: Scenario) =>
  commentsOn(scenario.github, 1).filter((comment) => comment.user === 'github-actions[bot]')

async function comment(scenario: Scenario, body: string) {
  const added = scenario.github.state.addComment(REPO, 1, { body, user: MAINTAINER })
  return scenario.run({ eventName: 'issue_comment', payload: issueCommentPayload(scenario, added.id) })
}

/** `/codex continue` is refused with `why`, and nothing ran or was written but the reply. */
async function expectRefused(scenario: Scenario, why: string, planted: string) {
  const before = scenario.github.requests.length
  const { main } = await comment(scenario, '/codex continue')
  expect(main.outputs.conclusion).toBe('refused')
  expect(botComments(scenario).at(-1)!.body).toContain(why)
  expect(scenario.model.requests).toHaveLength(0)
  expect(main.stdout).not.toMatch(/pwned/)
  const during = scenario.github.requests.slice(before)
  expect(during.filter((request) => request.path.includes('git-receive-pack'))).toEqual([])
  const writes = during.filter((request) => request.method !== 'GET' && request.operationId !== 'git')
  expect(writes.every((request) => /comment|reaction/.test(request.operationId ?? ''))).toBe(true)
  expect(remoteBranches(scenario.github)).toEqual(['main'])
  expect(pullsOf(scenario.github)).toEqual([])
  expect(scenario.github.state.repo(REPO).git.git(['rev-parse', SESSION_REF]).trim()).toBe(planted)
}

describe('a session the action did not write', () => {
  it(
    'is refused when another identity committed it, or it names another thread, or its base commit is gone',
    async () => {
      const scenario = await scenarios.start({ script: [{ text: 'must not be asked' }] })
      scenario.github.state.addIssue(REPO, { title: 'Anything', body: '', user: MAINTAINER })

      const foreign = plantSession(scenario, {}, SOMEONE)
      await expectRefused(
        scenario,
        "was written by 'Someone &lt;someone@example.invalid>', not by this action",
        foreign,
      )
      const elsewhere = plantSession(scenario, { thread: 2 }, ACTION)
      await expectRefused(scenario, 'belongs to another thread', elsewhere)
      const gone = plantSession(scenario, { startSha: 'ab'.repeat(20) }, ACTION)
      await expectRefused(scenario, `base commit ${'ab'.repeat(6)} is gone from the repository`, gone)
    },
    SLOW,
  )
})

describe('two continues at once', () => {
  it(
    'refuses the second while the run that claimed the session is still going',
    async () => {
      const scenario = await scenarios.start({ script: [{ text: 'must not be asked' }] })
      scenario.github.state.addIssue(REPO, { title: 'Anything', body: '', user: MAINTAINER })
      const going = scenario.github.state.addWorkflowRun(REPO, { status: 'in_progress' })
      const runUrl = `${scenario.github.serverUrl}/${REPO}/actions/runs/${going.id}`
      const claimed = plantSession(scenario, { state: 'running', runUrl, diff: '' }, ACTION)
      await expectRefused(scenario, 'is continuing this session right now', claimed)
    },
    SLOW,
  )
})

// The model edits a file, then starts a long command; the runner dies during it.
const KILLED: ScriptedTurn[] = [
  {
    calls: [
      {
        name: 'apply_patch',
        arguments: {
          input: '*** Begin Patch\n*** Add File: half-made.txt\n+made before the crash\n*** End Patch',
        },
      },
    ],
  },
  { calls: [{ name: 'shell', arguments: { command: ['sleep', '60'], timeout_ms: 120_000 } }] },
  { text: 'Finished what the crashed run started.' },
]

describe('a runner killed mid-run', () => {
  it(
    'leaves the last saved turn, and /codex continue resumes it with its conversation and files',
    async () => {
      const scenario = await scenarios.start({ script: KILLED })
      scenario.github.state.addIssue(REPO, { title: 'Long task', body: '', user: MAINTAINER })
      const added = scenario.github.state.addComment(REPO, 1, {
        body: '/codex do the long task',
        user: MAINTAINER,
      })
      const killed = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, added.id),
        cancelWhen: { output: /session: saved after turn 1/, how: 'kill' },
      })
      expect(killed.main.signal).toBe('SIGKILL')
      expect(remoteBranches(scenario.github)).toEqual(['main'])

      const { main } = await comment(scenario, '/codex continue')
      expect(main.outputs.conclusion).toBe('success')
      const resumed = JSON.stringify(scenario.model.requests.at(-1)!.body)
      expect(resumed).toContain('Add File: half-made.txt') // turn 1 is in the history
      expect(resumed).toContain('asks to continue')
      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()
      expect(remoteFile(scenario.github, `refs/heads/${pull!.headRef}`, 'half-made.txt')).toBe(
        'made before the crash',
      )
    },
    SLOW,
  )
})
