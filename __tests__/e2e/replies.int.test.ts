// Use cases 4 and 8, and `/codex status`: commands that answer with a reply and never push, and
// refusals that stop before any model request.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import {
  commentsOn,
  issueCommentPayload,
  MAINTAINER,
  remoteBranches,
  REPO,
  useScenarios,
} from './scenario.js'
import type { Scenario } from './scenario.js'

const execFileAsync = promisify(execFile)

const scenarios = useScenarios()
let scenario: Scenario | undefined

function botComments(s: Scenario, issue = 1) {
  return commentsOn(s.github, issue).filter((comment) => comment.user === 'github-actions[bot]')
}

async function commentOnIssue(s: Scenario, body: string, user = MAINTAINER) {
  if (!s.github.state.repo(REPO).issues.has(1))
    s.github.state.addIssue(REPO, { title: 'Question about dates', user: MAINTAINER })
  const comment = s.github.state.addComment(REPO, 1, { body, user })
  return s.run({ eventName: 'issue_comment', payload: issueCommentPayload(s, comment.id, 1, user) })
}

describe('use case 4: /codex ask', () => {
  it('answers as a reply under the read-only policy; nothing is pushed and the workspace is untouched', async () => {
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'shell', arguments: { command: ['cat', 'src/date.js'] } }] },
      // A model that tries to edit anyway is refused by the policy.
      { calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }] },
      { text: 'formatDate returns YYYY-MM-DD in UTC, but the month is zero-based, so it is one behind.' },
    ]
    scenario = await scenarios.start({ script })
    const { main, sandbox } = await commentOnIssue(scenario, '/codex ask what does formatDate return?')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('answered')
    const replies = botComments(scenario)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain('the month is zero-based')
    expect(JSON.stringify(scenario.model.requests[2]!.body)).toMatch(/read-only sandbox policy forbids edits/)
    expect(remoteBranches(scenario.github)).toEqual(['main'])
    const { stdout } = await execFileAsync('git', ['status', '--porcelain'], { cwd: sandbox.workspace })
    expect(stdout).toBe('')
  })
})

describe('GitHub Enterprise Server', () => {
  it('talks to <server>/api/v3 and links the run on the server', async () => {
    scenario = await scenarios.start({ script: [{ text: 'It formats dates.' }], ghes: true })
    expect(scenario.github.apiUrl).toMatch(/\/api\/v3$/)
    const { main } = await commentOnIssue(scenario, '/codex ask what does this library do?')
    expect(main.outputs.conclusion).toBe('answered')
    const [reply] = botComments(scenario)
    expect(reply!.body).toContain('It formats dates.')
    expect(main.summary).toContain(`${scenario.github.serverUrl}/acme/date-utils/actions/runs/`)
    expect(scenario.github.requests.some((request) => request.operationId === 'issues/create-comment')).toBe(
      true,
    )
  })
})

describe('/codex status', () => {
  it('replies with provider, model, host, wire API, sandbox and version, after one model call', async () => {
    scenario = await scenarios.start({ script: [{ text: 'OK' }], wire: 'chat' })
    const { main } = await commentOnIssue(scenario, '/codex status')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('answered')
    const [reply] = botComments(scenario)
    expect(reply!.body).toContain('scripted-model')
    expect(reply!.body).toContain('127.0.0.1')
    expect(reply!.body).toContain('chat')
    expect(reply!.body).toContain('workspace-write')
    expect(reply!.body).toContain('0.1.0')
    expect(scenario.model.requests).toHaveLength(1)
  })
})

describe('use case 8: refusals', () => {
  it('refuses a user with read permission: one reply saying why, no model request, nothing pushed', async () => {
    scenario = await scenarios.start({ script: [{ text: 'never' }] })
    scenario.github.state.addUser('reader')
    scenario.github.state.setPermission(REPO, 'reader', 'read')
    const { main } = await commentOnIssue(scenario, '/codex fix everything', 'reader')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('refused')
    const replies = botComments(scenario)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toMatch(/read/)
    expect(replies[0]!.body).toMatch(/write/)
    expect(scenario.model.requests).toHaveLength(0)
    expect(remoteBranches(scenario.github)).toEqual(['main'])
  })

  it('refuses a bot that is not listed in allow-bots', async () => {
    scenario = await scenarios.start({ script: [{ text: 'never' }] })
    scenario.github.state.addUser('helper-bot[bot]', { type: 'Bot' })
    const { main } = await commentOnIssue(scenario, '/codex bump versions', 'helper-bot[bot]')
    expect(main.outputs.conclusion).toBe('refused')
    expect(botComments(scenario)[0]!.body).toMatch(/allow-bots/)
    expect(scenario.model.requests).toHaveLength(0)
  })

  it('ignores a comment without the trigger: skipped, exit 0, nothing posted', async () => {
    scenario = await scenarios.start({ script: [{ text: 'never' }] })
    const { main } = await commentOnIssue(scenario, 'Thanks, looks good! (no command here: /codexify)')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('skipped')
    expect(botComments(scenario)).toHaveLength(0)
    // Only the checkout's git traffic; no API write.
    expect(
      scenario.github.requests.filter((request) => request.method !== 'GET' && request.operationId !== 'git'),
    ).toHaveLength(0)
  })
})
