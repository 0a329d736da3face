// Sessions in two-job mode: the agent job (read-only token) puts the session record into the
// bundle; the publish job (write token) checks it with the rest of the bundle and saves it under
// the sessions ref, so `/codex continue` — in one job — goes on with the same conversation on the
// same PR. A bundled session that belongs to another thread refuses the whole bundle.
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
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
import type { Scenario } from './scenario.js'
import { SESSION_REF } from './session-helpers.js'

const scenarios = useScenarios()
const SLOW = 240_000
const CHANGELOG_PATCH =
  '*** Begin Patch\n*** Add File: CHANGELOG.md\n+- formatDate: months are 1-based\n*** End Patch'
let bundlePath = ''

afterEach(() => rmSync(bundlePath, { recursive: true, force: true }))

async function twoJobRun(scenario: Scenario, beforePublish?: () => void) {
  bundlePath = join(tmpdir(), `codex-two-job-${randomUUID()}`)
  scenario.github.state.addIssue(REPO, { title: 'formatDate is off by a month', user: MAINTAINER })
  const comment = scenario.github.state.addComment(REPO, 1, {
    body: '/codex fix the failing test',
    user: MAINTAINER,
  })
  const payload = issueCommentPayload(scenario, comment.id)
  scenario.github.state.tokenCanWrite = false
  const agent = await scenario.run({
    eventName: 'issue_comment',
    payload,
    inputs: { mode: 'agent', 'bundle-path': bundlePath },
  })
  expect(agent.main.outputs.conclusion).toBe('success')
  expect(sessionText(scenario)).toBeUndefined() // the agent job could not have pushed it
  beforePublish?.()
  return publishJob(scenario, payload)
}

function publishJob(scenario: Scenario, payload: object) {
  scenario.github.state.tokenCanWrite = true
  return scenario.run({
    eventName: 'issue_comment',
    payload,
    inputs: { mode: 'publish', 'bundle-path': bundlePath, 'api-key': '' },
  })
}

/** What a compromised agent job could write: an edited session, its size and digest made to match. */
function forgeSession(fields: Record<string, unknown>): void {
  const sessionFile = join(bundlePath, 'session.json')
  const forged = JSON.stringify({ ...JSON.parse(readFileSync(sessionFile, 'utf8')), ...fields })
  writeFileSync(sessionFile, forged)
  const manifestFile = join(bundlePath, 'bundle.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>
  const sha256 = createHash('sha256').update(forged).digest('hex')
  manifest.session = { file: 'session.json', bytes: Buffer.byteLength(forged), sha256 }
  writeFileSync(manifestFile, JSON.stringify(manifest))
}

function sessionText(scenario: Scenario): string | undefined {
  return scenario.github.state.repo(REPO).git.tryGit(['show', `${SESSION_REF}:session.json`])
}

describe('two-job mode sessions', () => {
  it(
    'the publish job saves the bundled session; /codex continue goes on with its conversation on the same PR',
    async () => {
      const script = fixDateScenario()
      script.push({ calls: [{ name: 'apply_patch', arguments: { input: CHANGELOG_PATCH } }] })
      script.push({ text: 'Added the changelog line.' })
      const scenario = await scenarios.start({ script })
      const publish = await twoJobRun(scenario)
      expect(publish.main.outputs.conclusion).toBe('success')
      const [pull] = pullsOf(scenario.github)
      expect(pull).toBeDefined()
      const git = scenario.github.state.repo(REPO).git
      expect(git.git(['log', '-1', '--format=%cn', SESSION_REF]).trim()).toBe('github-actions[bot]')
      const saved = JSON.parse(sessionText(scenario)!) as Record<string, unknown>
      expect(saved).toMatchObject({
        state: 'completed',
        thread: 1,
        turns: 5,
        pushed: { branch: pull!.headRef, commit: pull!.headSha, pull: pull!.number },
      })

      const added = scenario.github.state.addComment(REPO, 1, {
        body: '/codex continue and add a changelog line',
        user: MAINTAINER,
      })
      const next = await scenario.run({
        eventName: 'issue_comment',
        payload: issueCommentPayload(scenario, added.id),
      })
      expect(next.main.outputs.conclusion).toBe('success')
      expect(scenario.model.requests).toHaveLength(7)
      const resumed = JSON.stringify(scenario.model.requests[5]!.body)
      expect(resumed).toContain('Reproduce the failing test') // the agent job's plan, turn 1
      expect(resumed).toContain('getUTCMonth() + 1') // its patch, turn 3
      expect(resumed).toContain('add a changelog line')
      const pulls = pullsOf(scenario.github)
      expect(pulls).toHaveLength(1)
      expect(pulls[0]!.headRef).toBe(pull!.headRef)
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'CHANGELOG.md')).toContain('1-based')
      expect(remoteFile(scenario.github, pulls[0]!.headSha, 'src/date.js')).toContain('getUTCMonth() + 1')
    },
    SLOW,
  )

  it(
    'a bundled session that names another thread, or is not a finished run, refuses the whole bundle',
    async () => {
      const scenario = await scenarios.start({ script: fixDateScenario() })
      const publish = await twoJobRun(scenario, () => forgeSession({ thread: 2 }))
      expect(publish.main.outputs.conclusion).toBe('failed')
      expect(publish.main.outputs['final-message']).toContain('its session belongs to #2, not to #1')
      const reply = commentsOn(scenario.github, 1).find((entry) => entry.user === 'github-actions[bot]')
      expect(reply?.body).toContain('the bundle was refused')

      forgeSession({ thread: 1, state: 'running' })
      const comment = [...scenario.github.state.comments.values()].find(
        (entry) => entry.issueNumber === 1 && entry.user.login === MAINTAINER,
      )!
      const again = await publishJob(scenario, issueCommentPayload(scenario, comment.id))
      expect(again.main.outputs['final-message']).toContain("its session is running, not a finished run's")
      expect(remoteBranches(scenario.github)).toEqual(['main'])
      expect(sessionText(scenario)).toBeUndefined()
    },
    SLOW,
  )
})
