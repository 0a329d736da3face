// Issue 17: the action as a user meets it when something is wrong — bad inputs, a folder that is
// not there, a token without the permissions, a repository that forbids Actions to open PRs, a
// model that claims a fix its patch never made. Each case through dist/index.js against the local
// GitHub, asserting what the commenter sees, the exit code and outputs, and that nothing is left
// half-done (no "Working…" comment, no stray branch).
import { describe, expect, it, vi } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
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

// Full runs of the bundled action on a shared machine: room for a slow one.
vi.setConfig({ testTimeout: 120_000 })

const scenarios = useScenarios()

function botComments(s: Scenario, issue = 1) {
  return commentsOn(s.github, issue).filter((comment) => comment.user === 'github-actions[bot]')
}

async function comment(s: Scenario, body: string, options: Partial<RunOptions> = {}) {
  if (!s.github.state.repo(REPO).issues.has(1))
    s.github.state.addIssue(REPO, { title: 'formatDate is off by a month', user: MAINTAINER })
  const trigger = s.github.state.addComment(REPO, 1, { body, user: MAINTAINER })
  return s.run({ eventName: 'issue_comment', payload: issueCommentPayload(s, trigger.id), ...options })
}

/** Nothing half-done: no comment still says it is working, no branch besides main. */
function expectNothingHalfDone(s: Scenario) {
  for (const body of botComments(s).map((c) => c.body)) expect(body).not.toMatch(/Working on it/)
  expect(remoteBranches(s.github)).toEqual(['main'])
}

const NEVER: ScriptedTurn[] = [{ text: 'never asked' }]

describe('7: invalid inputs', () => {
  it('replies on the thread naming every bad input, fails the step, and asks the model nothing', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, '/codex fix the failing test', {
      inputs: { sandbox: 'workspace', 'max-turns': 'abc' },
    })
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    const [reply, ...more] = botComments(s)
    expect(more).toEqual([])
    expect(reply!.body).toContain('the workflow is misconfigured')
    expect(reply!.body).toContain('`sandbox`')
    expect(reply!.body).toContain("got 'workspace'")
    expect(reply!.body).toContain('`max-turns`')
    expect(main.outputs['comment-url']).toContain('#issuecomment-')
    const errors = main.commands.filter((command) => command.command === 'error')
    expect(errors.map((e) => e.message).join('\n')).toMatch(/input 'sandbox'.*input 'max-turns'/)
    expect(s.model.requests).toHaveLength(0)
    expectNothingHalfDone(s)
  })

  it('stays silent on a comment that is not addressed to the action', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, 'looks good to me', { inputs: { sandbox: 'workspace' } })
    expect(main.exitCode).toBe(1)
    expect(botComments(s)).toEqual([])
  })
})

describe('1: a working-directory that does not exist', () => {
  it('is refused before any model request, with the input named on the thread', async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    const { main } = await comment(s, '/codex fix the failing test', {
      inputs: { 'working-directory': 'packages/nope' },
    })
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    expect(main.outputs['final-message']).toMatch(/input 'working-directory' 'packages\/nope' does not exist/)
    expect(botComments(s)[0]!.body).toContain('`working-directory`')
    expect(s.model.requests).toHaveLength(0)
    expectNothingHalfDone(s)
  })

  it('refuses a folder outside the workspace', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, '/codex fix it', { inputs: { 'working-directory': '..' } })
    expect(main.exitCode).toBe(1)
    expect(main.outputs['final-message']).toMatch(/outside the workspace/)
    expect(s.model.requests).toHaveLength(0)
  })
})

describe('2: no step summary file', () => {
  it('a run that opened its PR still succeeds, with a warning about the summary', async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    const { main } = await comment(s, '/codex fix the failing test', { stepEnv: { GITHUB_STEP_SUMMARY: '' } })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('success')
    expect(pullsOf(s.github)).toHaveLength(1)
    const warnings = main.commands.filter((command) => command.command === 'warning')
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/could not write the step summary/)
  })
})

describe('3: the push is refused (no contents: write)', () => {
  it('says which permission to add and keeps the real turns and tokens', async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    s.github.state.tokenPermissions.contents = 'read'
    const { main } = await comment(s, '/codex fix the failing test')
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    expect(main.outputs.turns).toBe('5')
    expect(Number(main.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(Number(main.outputs['output-tokens'])).toBeGreaterThan(0)
    const [tracking] = botComments(s)
    expect(tracking!.body).toContain('❌ Failed')
    expect(tracking!.body).toContain('permissions: contents: write')
    expect(tracking!.body).toMatch(/5 turns/)
    expectNothingHalfDone(s)
  })
})

describe('4: GitHub Actions may not open pull requests', () => {
  it('names the pushed branch, the setting to change, and a link to open the PR by hand', async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    s.github.state.actionsMayCreatePullRequests = false
    const { main } = await comment(s, '/codex fix the failing test')
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    const branch = main.outputs.branch!
    expect(branch).toMatch(/^codex\/issue-1-/)
    expect(remoteFile(s.github, `refs/heads/${branch}`, 'src/date.js')).toContain('getUTCMonth() + 1')
    expect(main.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(pullsOf(s.github)).toEqual([])
    const [tracking] = botComments(s)
    expect(tracking!.body).toContain(branch)
    expect(tracking!.body).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(tracking!.body).toContain(`/compare/main...${encodeURIComponent(branch)}?expand=1`)
    expect(tracking!.body).not.toMatch(/Working on it/)
    expect(main.outputs.turns).toBe('5')
  })
})

describe('6: a failed patch and a model that claims a fix', () => {
  it('ends failed, saying the edits did not apply, not "no changes were needed"', async () => {
    const broken =
      '*** Begin Patch\n*** Update File: src/date.js\n@@\n-this line is not in the file\n+x\n*** End Patch'
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'apply_patch', arguments: { input: broken } }] },
      { text: 'Fixed `formatDate`: the month is now one-based.' },
    ]
    const s = await scenarios.start({ script })
    const { main } = await comment(s, '/codex fix the failing test')
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    const [tracking] = botComments(s)
    expect(tracking!.body).toContain('❌ Failed')
    expect(tracking!.body).not.toContain('no changes were needed')
    expect(tracking!.body).toMatch(/did not apply/)
    expectNothingHalfDone(s)
  })
})

describe('8: nothing to do', () => {
  it('answers a bare trigger phrase with the usage, and asks the model nothing', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, '/codex')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('skipped')
    const [reply] = botComments(s)
    expect(reply!.body).toContain('/codex ask')
    expect(reply!.body).toContain('/codex status')
    expect(main.outputs['comment-url']).toContain('#issuecomment-')
    expect(s.model.requests).toHaveLength(0)
    expectNothingHalfDone(s)
  })

  it('fails a workflow_dispatch without a prompt, naming the prompt input', async () => {
    const s = await scenarios.start({ script: NEVER })
    const payload = examplePayload('workflow_dispatch', '')
    const { main } = await s.run({ eventName: 'workflow_dispatch', payload })
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    expect(main.commands.find((c) => c.command === 'error')!.message).toMatch(/input 'prompt' is required/)
    expect(s.model.requests).toHaveLength(0)
  })
})

describe('10: no issues: write', () => {
  it('still does the work, and warns with the permission to add', async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    s.github.state.tokenPermissions.issues = 'read'
    const { main } = await comment(s, '/codex fix the failing test')
    expect(main.outputs.conclusion).toBe('success')
    const warnings = main.commands.filter((command) => command.command === 'warning').map((w) => w.message)
    expect(warnings.join('\n')).toMatch(/permissions: issues: write/)
    expect(botComments(s)).toEqual([])
  })
})

describe('11: a log worth reading', () => {
  it("groups each turn's commands with exit codes and each patch's files, and counts no comment of its own as late", async () => {
    const s = await scenarios.start({ script: fixDateScenario() })
    const { main } = await comment(s, '/codex fix the failing test')
    expect(main.exitCode).toBe(0)
    const groups = main.commands.filter((command) => command.command === 'group').map((g) => g.message)
    expect(groups).toContain('Turn 2: 1 command, 0 patches')
    expect(groups).toContain('Turn 3: 0 commands, 1 patch')
    expect(main.stdout).toMatch(/\$ node --test {2}→ exit 1/)
    expect(main.stdout).toMatch(/apply_patch applied: update src\/date\.js/)
    expect(main.stdout).not.toMatch(/left out \d+ comment\(s\) created or edited after the trigger/)
  })
})

describe('9: provider, base-url and key mistakes, in the words of the inputs', () => {
  it('provider: nope says no such provider exists and lists the defined ones', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, '/codex fix it', { inputs: { provider: 'nope', 'wire-api': 'chat' } })
    expect(main.exitCode).toBe(1)
    const body = botComments(s)[0]!.body
    expect(body).toMatch(/input 'provider' is 'nope', but no provider by that name exists/)
    expect(body).toMatch(/defined: openai, oss, ollama, lmstudio, scripted/)
    expect(body).not.toMatch(/base_url is missing/)
    expect(s.model.requests).toHaveLength(0)
    expectNothingHalfDone(s)
  })

  it('base-url without a scheme names the base-url input, not -c syntax', async () => {
    const s = await scenarios.start({ script: NEVER })
    const { main } = await comment(s, '/codex fix it', { inputs: { 'base-url': 'localhost:8080/v1' } })
    expect(main.exitCode).toBe(1)
    expect(main.outputs['final-message']).toMatch(/input 'base-url' must be a full http\(s\) URL/)
    expect(main.outputs['final-message']).not.toMatch(/-c /)
    expect(botComments(s)[0]!.body).toContain('`base-url`')
  })

  it('a missing key says how to pass it to the step, not to export it', async () => {
    const s = await scenarios.start({
      script: NEVER,
      configExtra: '',
    })
    const { main } = await comment(s, '/codex fix it', { inputs: { 'api-key': '', provider: 'openai' } })
    expect(main.exitCode).toBe(1)
    const message = main.outputs['final-message']!
    expect(message).toMatch(/OPENAI_API_KEY/)
    expect(message).toMatch(/api-key: \$\{\{ secrets\.OPENAI_API_KEY \}\}/)
    expect(message).not.toMatch(/export OPENAI_API_KEY/)
    expectNothingHalfDone(s)
  })
})
