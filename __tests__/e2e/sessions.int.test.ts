// Sessions end to end, through the bundled action against the local GitHub: a run stopped by
// max-turns keeps its work as a draft PR marked partial and saves its session under a hidden ref;
// `/codex continue` takes the same conversation up (the model is sent the earlier turns), finishes
// on the same branch and PR and takes the partial marks off; a runner killed mid-run leaves a
// session the next `/codex continue` resumes.
import { describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../__fixtures__/model/fake-model.js'
import { FIX_DATE_FINAL_MESSAGE, fixDateScenario } from '../../__fixtures__/model/scenarios.js'
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
import { ACTION, plantSession, SOMEONE } from './session-helpers.js'

const scenarios = useScenarios()
const SLOW = 240_000
const SESSION_REF = 'refs/codex-pr-action/sessions/1'
const CHANGELOG_PATCH =
  '*** Begin Patch\n*** Add File: CHANGELOG.md\n+- formatDate: months are 1-based\n*** End Patch'

const botComments = (scenario: Scenario) =>
  commentsOn(scenario.github, 1).filter((comment) => comment.user === 'github-actions[bot]')

async function comment(scenario: Scenario, body: string, inputs?: Record<string, string>) {
  const added = scenario.github.state.addComment(REPO, 1, { body, user: MAINTAINER })
  return scenario.run({
    eventName: 'issue_comment',
    payload: issueCommentPayload(scenario, added.id),
    inputs,
  })
}

function sessionJson(scenario: Scenario): Record<string, unknown> {
  const text = scenario.github.state.repo(REPO).git.git(['show', `${SESSION_REF}:session.json`])
  return JSON.parse(text) as Record<string, unknown>
}

/** Every text the model was sent in one request, call arguments included. */
function sent(request: RecordedRequest): string {
  return JSON.stringify(request.body)
}

describe('partial work and /codex continue', () => {
  it(
    'a max-turns stop pushes a [partial] draft PR; /codex continue finishes it on the same branch and PR',
    async () => {
      const script = fixDateScenario()
      // The continuing comment asks for one more change: a changelog line.
      script.splice(4, 0, { calls: [{ name: 'apply_patch', arguments: { input: CHANGELOG_PATCH } }] })
      const scenario = await scenarios.start({ script })
      scenario.github.state.addIssue(REPO, {
        title: 'formatDate is off by a month',
        body: '',
        user: MAINTAINER,
      })

      // Turns 1–3: plan, tests, patch; the budget ends the run before the tests are rerun.
      const first = await comment(scenario, '/codex fix the failing test', { 'max-turns': '3' })
      expect(first.main.outputs.conclusion).toBe('budget-exhausted')
      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()
      expect(pull!.draft).toBe(true)
      expect(pull!.title).toMatch(/^\[partial\] /)
      expect(scenario.github.state.repo(REPO).issues.get(pull!.number)!.labels).toContain('codex-partial')
      expect(first.main.outputs['pull-request-number']).toBe(String(pull!.number))
      const partialHead = pull!.headSha
      expect(remoteFile(scenario.github, partialHead, 'src/date.js')).toContain('getUTCMonth() + 1')
      const report = botComments(scenario).at(-1)!.body
      expect(report).toContain('**Partial work**')
      expect(report).toContain('Rerun the tests') // the plan step left to do
      expect(report).toContain('/codex continue [more instructions]')
      expect(sessionJson(scenario)).toMatchObject({ state: 'partial', thread: 1, turns: 3 })
      expect(scenario.model.requests).toHaveLength(3)

      // Turns 4–6 in a new run: the conversation goes on where it stopped.
      const second = await comment(scenario, '/codex continue and keep the tests green')
      expect(second.main.outputs.conclusion).toBe('success')
      expect(scenario.model.requests).toHaveLength(6)
      const resumed = sent(scenario.model.requests[3]!)
      expect(resumed).toContain('*** Begin Patch') // turn 3's patch is in the history
      expect(resumed).toContain('Reproduce the failing test') // turn 1's plan too
      expect(resumed).toContain('keep the tests green') // the new instructions, as a user turn
      const pulls = pullsOf(scenario.github)
      expect(pulls).toHaveLength(1)
      const done = pulls[0]!
      expect(done.number).toBe(pull!.number)
      expect(done.headRef).toBe(pull!.headRef)
      expect(done.title).not.toMatch(/partial/)
      expect(done.draft).toBe(false)
      expect(scenario.github.state.repo(REPO).issues.get(done.number)!.labels).not.toContain('codex-partial')
      const git = scenario.github.state.repo(REPO).git
      expect(git.git(['rev-parse', `${done.headSha}^`]).trim()).toBe(partialHead)
      expect(second.main.outputs['pull-request-number']).toBe(String(pull!.number))
      expect(botComments(scenario).at(-1)!.body).toContain(FIX_DATE_FINAL_MESSAGE.slice(0, 30))
      expect(remoteFile(scenario.github, done.headSha, 'CHANGELOG.md')).toContain('1-based')
      expect(sessionJson(scenario)).toMatchObject({ state: 'completed', turns: 6, runs: 2 })
      expect(remoteBranches(scenario.github).sort()).toEqual(['main', pull!.headRef].sort())
    },
    SLOW,
  )
})

describe('a /codex task on the pull request the action opened', () => {
  it(
    "goes on with that pull request's saved conversation, on its branch",
    async () => {
      const script = fixDateScenario()
      script.splice(4, 0, { calls: [{ name: 'apply_patch', arguments: { input: CHANGELOG_PATCH } }] })
      const scenario = await scenarios.start({ script })
      scenario.github.state.addIssue(REPO, {
        title: 'formatDate is off by a month',
        body: '',
        user: MAINTAINER,
      })
      const first = await comment(scenario, '/codex fix the failing test', { 'max-turns': '3' })
      expect(first.main.outputs.conclusion).toBe('budget-exhausted')
      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()

      // Not `/codex continue`, and on the PR rather than the issue: still the same session.
      const added = scenario.github.state.addComment(REPO, pull!.number, {
        body: '/codex also add a changelog line',
        user: MAINTAINER,
      })
      const second = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, added.id, pull!.number),
      })
      expect(second.main.outputs.conclusion).toBe('success')
      expect(scenario.model.requests).toHaveLength(6)
      const resumed = sent(scenario.model.requests[3]!)
      expect(resumed).toContain('*** Begin Patch') // turn 3's patch is in the history
      expect(resumed).toContain('also add a changelog line')
      const pulls = pullsOf(scenario.github)
      expect(pulls).toHaveLength(1)
      expect(pulls[0]!.headRef).toBe(pull!.headRef)
      expect(pulls[0]!.draft).toBe(false)
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'CHANGELOG.md')).toContain('1-based')
    },
    SLOW,
  )
})

describe('partial: discard', () => {
  it(
    'pushes nothing from a stopped run, says so, and still saves the session',
    async () => {
      const scenario = await scenarios.start({ script: fixDateScenario() })
      scenario.github.state.addIssue(REPO, {
        title: 'formatDate is off by a month',
        body: '',
        user: MAINTAINER,
      })
      const { main } = await comment(scenario, '/codex fix the failing test', {
        'max-turns': '3',
        partial: 'discard',
      })
      expect(main.outputs.conclusion).toBe('budget-exhausted')
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(pullsOf(scenario.github)).toEqual([])
      const report = botComments(scenario).at(-1)!.body
      expect(report).toContain('The changes were not pushed (`partial: discard`)')
      expect(report).toContain('/codex continue [more instructions]')
      const saved = sessionJson(scenario)
      expect(saved).toMatchObject({ state: 'partial', turns: 3 })
      expect(saved.diff).toContain('getUTCMonth() + 1')
    },
    SLOW,
  )
})

describe('/codex status', () => {
  it(
    'lists the saved sessions after deleting those whose issue or pull request is closed',
    async () => {
      const scenario = await scenarios.start({ script: [{ text: 'OK' }] })
      const { state } = scenario.github
      state.addIssue(REPO, { title: 'open', body: '', user: MAINTAINER })
      state.addIssue(REPO, { title: 'closed', body: '', user: MAINTAINER }).state = 'closed'
      state.addIssue(REPO, { title: 'merged through a PR', body: '', user: MAINTAINER })
      const merged = state.addPull(REPO, {
        title: 'the fix',
        head: 'codex/issue-3-20260101-0000',
        files: { 'fix.txt': 'fixed\n' },
      })
      merged.state = 'closed'
      merged.pull!.merged = true
      merged.pull!.mergedAt = state.now()
      const ref = (n: number) => `refs/codex-pr-action/sessions/${n}`
      plantSession(scenario, { thread: 1, turns: 7, diff: '' }, ACTION, ref(1))
      plantSession(scenario, { thread: 2, diff: '' }, ACTION, ref(2))
      const pushed = {
        branch: 'codex/issue-3-20260101-0000',
        commit: merged.pull!.headSha,
        pull: merged.number,
      }
      plantSession(scenario, { thread: 3, diff: '', pushed }, ACTION, ref(3))
      plantSession(scenario, { thread: 5 }, SOMEONE, ref(5))

      const { main } = await comment(scenario, '/codex status')
      expect(main.outputs.conclusion).toBe('answered')
      const reply = botComments(scenario).at(-1)!.body
      expect(reply).toContain('**Saved sessions**')
      expect(reply).toMatch(/\| #1 \| — \| 7 \| [^|]+ \| partial \|/)
      expect(reply).toMatch(/\| #5 \| — \| 0 \| — \| unusable \|/)
      expect(reply).not.toMatch(/\| #[23] \|/)
      const left = state
        .repo(REPO)
        .git.listRefs('refs/codex-pr-action/sessions/')
        .map((entry) => entry.ref)
      expect(left.sort()).toEqual([ref(1), ref(5)])
    },
    SLOW,
  )
})

describe('cleanup after a task run', () => {
  it(
    "deletes the session of a closed issue and keeps the run's own",
    async () => {
      const scenario = await scenarios.start({ script: [{ text: 'Nothing to change.' }] })
      const { state } = scenario.github
      state.addIssue(REPO, { title: 'open', body: '', user: MAINTAINER })
      state.addIssue(REPO, { title: 'closed', body: '', user: MAINTAINER }).state = 'closed'
      const ref = (n: number) => `refs/codex-pr-action/sessions/${n}`
      plantSession(scenario, { thread: 2, diff: '' }, ACTION, ref(2))

      const { main } = await comment(scenario, '/codex check the date helpers')
      expect(main.outputs.conclusion).toBe('no-changes')
      const left = state
        .repo(REPO)
        .git.listRefs('refs/codex-pr-action/sessions/')
        .map((entry) => entry.ref)
      expect(left).toEqual([ref(1)])
    },
    SLOW,
  )
})
