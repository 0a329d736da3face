// Use cases 5, 6 and 10: a scheduled task (re-run updates the same PR), a CI auto-fix from a
// failed workflow_run, and two-job mode ending in the same PR as one job.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { MAINTAINER, MODEL_KEY, pullsOf, remoteFile, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
let scenario: Scenario | undefined

const PROMPT = 'Fix the failing date test.'

describe('use case 5: scheduled maintenance', () => {
  it('opens a PR, and the next run of the same task updates that PR instead of opening another', async () => {
    // Run 1 fixes the month; run 2 (same schedule) also documents it.
    const secondRun: ScriptedTurn[] = [
      {
        calls: [
          {
            name: 'apply_patch',
            arguments: {
              input:
                '*** Begin Patch\n*** Update File: README.md\n@@\n # date-utils\n+\n+Months are 1-based in the output.\n*** End Patch',
            },
          },
        ],
      },
      { text: 'Documented the month format.' },
    ]
    scenario = await scenarios.start({ script: [...fixDateScenario(), ...secondRun] })
    const payload = examplePayload('schedule', '')
    const first = await scenario.run({ eventName: 'schedule', payload, inputs: { prompt: PROMPT } })
    expect(first.main.outputs.conclusion).toBe('success')
    expect(first.main.outputs['pull-request-operation']).toBe('created')
    const branch = first.main.outputs.branch!
    expect(branch).toMatch(/^codex\/schedule-/)

    const second = await scenario.run({ eventName: 'schedule', payload, inputs: { prompt: PROMPT } })
    expect(second.main.outputs.conclusion).toBe('success')
    expect(second.main.outputs['pull-request-operation']).toBe('updated')
    expect(second.main.outputs.branch).toBe(branch)
    expect(second.main.outputs['pull-request-number']).toBe(first.main.outputs['pull-request-number'])
    expect(pullsOf(scenario.github)).toHaveLength(1)
    expect(remoteFile(scenario.github, `refs/heads/${branch}`, 'README.md')).toContain('Months are 1-based')
  })
})

describe('use case 6: CI auto-fix from a failed workflow_run', () => {
  it('reads the failed job logs, pushes a ci-fix branch and opens a PR into the failed branch', async () => {
    scenario = await scenarios.start({ script: fixDateScenario() })
    const { github, parts } = scenario
    const repo = github.state.repo(REPO)
    github.state.commitToBranch(REPO, 'feature/dates', { 'CHANGELOG.md': 'wip\n' }, 'Start feature')
    const headSha = repo.git.resolveRef('refs/heads/feature/dates')!
    const run = github.state.addWorkflowRun(REPO, {
      name: 'CI',
      headBranch: 'feature/dates',
      headSha,
      status: 'completed',
      conclusion: 'failure',
      actor: MAINTAINER,
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          log: "not ok 1 - formats a date as YYYY-MM-DD\n  actual: '2024-00-05'\n  expected: '2024-01-05'\n",
        },
        { name: 'lint', conclusion: 'success', log: 'all good\n' },
      ],
    })
    const payload = examplePayload('workflow_run', 'completed', (p) => {
      const example = p.workflow_run as Record<string, unknown>
      p.workflow_run = {
        ...example,
        id: run.id,
        name: 'CI',
        head_branch: 'feature/dates',
        head_sha: headSha,
        conclusion: 'failure',
        status: 'completed',
        actor: parts.user(MAINTAINER),
        triggering_actor: parts.user(MAINTAINER),
        pull_requests: [],
      }
      p.sender = parts.user(MAINTAINER)
    })
    const { main } = await scenario.run({
      eventName: 'workflow_run',
      payload,
      checkoutRef: 'refs/heads/feature/dates',
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('success')
    expect(main.outputs.branch).toBe('codex/ci-fix-feature/dates')
    const [pull] = pullsOf(github)
    expect(pull!.baseRef).toBe('feature/dates')
    expect(remoteFile(github, 'refs/heads/codex/ci-fix-feature/dates', 'CHANGELOG.md')).toBe('wip')
    // The failed job's log tail reached the model; the passing job's did not.
    const context = JSON.stringify(scenario.model.requests[0]!.body)
    expect(context).toContain("actual: '2024-00-05'")
    expect(context).not.toContain('all good')
  })
})

describe('use case 10: two-job mode', () => {
  it('the agent job writes a bundle with a read-only token; the publish job, without the model key, opens the same PR', async () => {
    scenario = await scenarios.start({ script: fixDateScenario() })
    const { github, parts } = scenario
    github.state.addIssue(REPO, { title: 'formatDate is off by a month', user: MAINTAINER })
    const comment = github.state.addComment(REPO, 1, {
      body: '/codex fix the failing test',
      user: MAINTAINER,
    })
    const payload = examplePayload('issue_comment', 'created', (p) => {
      p.issue = parts.issue(REPO, 1)
      p.comment = parts.comment(comment.id)
      p.sender = parts.user(MAINTAINER)
    })
    github.state.tokenCanWrite = false
    const agent = await scenario.run({
      eventName: 'issue_comment',
      payload,
      inputs: { mode: 'agent', 'bundle-path': '/tmp/codex-e2e-bundle' },
    })
    expect(agent.main.exitCode).toBe(0)
    expect(agent.main.outputs.conclusion).toBe('success')
    expect(pullsOf(github)).toHaveLength(0)

    github.state.tokenCanWrite = true
    const publish = await scenario.run({
      eventName: 'issue_comment',
      payload,
      inputs: { mode: 'publish', 'bundle-path': '/tmp/codex-e2e-bundle', 'api-key': '' },
    })
    expect(publish.main.exitCode).toBe(0)
    expect(publish.main.outputs.conclusion).toBe('success')
    const [pull] = pullsOf(github)
    expect(pull!.body).toContain('Fixes #1')
    expect(remoteFile(github, `refs/heads/${pull!.headRef}`, 'src/date.js')).toContain('getUTCMonth() + 1')
    expect(publish.main.stdout + publish.main.stderr).not.toContain(MODEL_KEY)
  })
})

describe('two-job mode with nothing to change', () => {
  it('the agent job reports no-changes, not success', async () => {
    scenario = await scenarios.start({ script: [{ text: 'Nothing needs changing.' }] })
    const { github, parts } = scenario
    github.state.addIssue(REPO, { title: 'Check the docs', user: MAINTAINER })
    const comment = github.state.addComment(REPO, 1, { body: '/codex check the docs', user: MAINTAINER })
    const payload = examplePayload('issue_comment', 'created', (p) => {
      p.issue = parts.issue(REPO, 1)
      p.comment = parts.comment(comment.id)
      p.sender = parts.user(MAINTAINER)
    })
    github.state.tokenCanWrite = false
    const agent = await scenario.run({
      eventName: 'issue_comment',
      payload,
      inputs: { mode: 'agent', 'bundle-path': '/tmp/codex-e2e-empty-bundle' },
    })
    expect(agent.main.exitCode).toBe(0)
    expect(agent.main.outputs.conclusion).toBe('no-changes')
  })
})
