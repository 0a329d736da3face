// Issue 12 item 4: a failed CI run must not become a way to push a fork's commits into this
// repository, nor make the action fix its own fix branches forever.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import { MAINTAINER, pullsOf, remoteBranches, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
const FORK = 'mallory/date-utils'
const EVIL_WORKFLOW = 'on: push\njobs:\n  steal:\n    runs-on: ubuntu-latest\n    steps:\n      - run: env\n'

/** A failed `workflow_run` delivery for a run on `headBranch` of `headRepo`, re-run by the maintainer. */
function failedRunPayload(s: Scenario, headRepo: string, headBranch: string, headSha: string) {
  const run = s.github.state.addWorkflowRun(REPO, {
    name: 'CI',
    headBranch,
    headSha,
    event: headRepo === REPO ? 'push' : 'pull_request',
    conclusion: 'failure',
    actor: MAINTAINER,
    jobs: [{ name: 'test', conclusion: 'failure', log: 'not ok 1 - formats a date\n' }],
  })
  return examplePayload('workflow_run', 'completed', (p) => {
    p.workflow_run = {
      ...(p.workflow_run as Record<string, unknown>),
      id: run.id,
      name: 'CI',
      head_branch: headBranch,
      head_sha: headSha,
      conclusion: 'failure',
      status: 'completed',
      actor: s.parts.user(MAINTAINER),
      triggering_actor: s.parts.user(MAINTAINER),
      pull_requests: [],
      repository: s.parts.repository(REPO),
      head_repository: s.parts.repository(headRepo),
    }
    p.repository = s.parts.repository(REPO)
    p.sender = s.parts.user(MAINTAINER)
  })
}

/** A fork whose `main` adds a workflow, with a PR into this repository (so its head is fetchable here). */
function forkWithWorkflow(s: Scenario): { headSha: string; pullNumber: number } {
  s.github.state.addFork(REPO, 'mallory')
  const pull = s.github.state.addPull(REPO, {
    title: 'Improve dates',
    head: 'mallory:main',
    user: 'mallory',
    files: { '.github/workflows/evil.yml': EVIL_WORKFLOW, 'NOTES.md': 'hello\n' },
  })
  return { headSha: pull.pull!.headSha, pullNumber: pull.number }
}

function expectNothingDone(s: Scenario, branchesBefore: string[]) {
  expect(s.model.requests).toHaveLength(0)
  const apiWrites = s.github.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'git')
  expect(apiWrites).toEqual([])
  expect(s.github.requests.filter((r) => r.path.includes('git-receive-pack'))).toEqual([])
  expect(remoteBranches(s.github).sort()).toEqual(branchesBefore.sort())
}

describe("a failed CI run on a fork's branch", () => {
  it('is skipped with a log naming the opt-in input: no model call, no push, nothing written', async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const { headSha } = forkWithWorkflow(scenario)
    const branches = remoteBranches(scenario.github)
    const payload = failedRunPayload(scenario, FORK, 'main', headSha)
    const { main } = await scenario.run({ eventName: 'workflow_run', payload })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('skipped')
    expect(main.stdout).toContain(`the failed run is on ${FORK}'s branch main`)
    expect(main.stdout).toContain('allow-fork-ci-fix: true')
    expectNothingDone(scenario, branches)
    expect(pullsOf(scenario.github)).toHaveLength(1)
  }, 180_000)

  it("with allow-fork-ci-fix, still never pushes the fork's workflow file", async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const { headSha, pullNumber } = forkWithWorkflow(scenario)
    // A token that may push workflows (a PAT): GitHub itself would let the file through.
    scenario.github.state.grantWorkflowsPermission(REPO)
    const branches = remoteBranches(scenario.github)
    const payload = failedRunPayload(scenario, FORK, 'main', headSha)
    const { main } = await scenario.run({
      eventName: 'workflow_run',
      payload,
      inputs: { 'allow-fork-ci-fix': 'true' },
      checkoutRef: `refs/pull/${pullNumber}/head`,
    })
    expect(main.outputs.conclusion).toBe('failed')
    expect(main.stdout).toContain('.github/workflows/evil.yml')
    expect(remoteBranches(scenario.github).sort()).toEqual(branches.sort())
    const repo = scenario.github.state.repo(REPO)
    // Nothing under refs/heads carries the fork's workflow.
    for (const branch of remoteBranches(scenario.github)) {
      expect(repo.git.tryGit(['show', `refs/heads/${branch}:.github/workflows/evil.yml`])).toBeUndefined()
    }
  }, 180_000)
})

describe("a failed CI run on the action's own fix branch", () => {
  it('starts no fix of the fix (no loop): skipped, no model call, nothing written', async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const sha = scenario.github.state.commitToBranch(REPO, 'codex/ci-fix-main', { 'x.txt': 'x\n' }, 'Fix')
    const branches = remoteBranches(scenario.github)
    const payload = failedRunPayload(scenario, REPO, 'codex/ci-fix-main', sha)
    const { main } = await scenario.run({
      eventName: 'workflow_run',
      payload,
      checkoutRef: 'refs/heads/codex/ci-fix-main',
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('skipped')
    expect(main.stdout).toContain('a CI-fix branch of this action')
    expectNothingDone(scenario, branches)
  }, 180_000)
})
