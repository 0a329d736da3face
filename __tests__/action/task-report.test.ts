// The action's task report from source (not through dist/): built from what a real agent run did
// (the loop driven by the in-process scripted model), what publishing did, or why it failed.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { explainPublishFailure } from '../../src/action/publish-failure.js'
import { agentReport, publishedReport, publishFailedReport } from '../../src/action/task-report.js'
import { runAgent } from '../../src/agent/loop.js'
import type { AgentResult } from '../../src/agent/loop.js'
import { PublishError } from '../../src/publish/errors.js'
import { builtinTools, ToolRegistry } from '../../src/tools/registry.js'
import { callFunction, say, ScriptedModel } from '../../__fixtures__/model/scripted-client.js'
import type { ScriptedTurn } from '../../__fixtures__/model/scripted-client.js'
import { runnerEnv } from '../github/env.js'
import { FakeRunner } from '../helpers/fake-runner.js'

const env = runnerEnv('issue_comment')
let workspace: string
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'task-report-'))
})
afterAll(() => rm(workspace, { recursive: true, force: true }))

async function agentRun(turns: ScriptedTurn[]): Promise<AgentResult> {
  return runAgent({
    task: 'fix it',
    workspace,
    model: new ScriptedModel(turns),
    registry: new ToolRegistry(builtinTools()),
    runner: new FakeRunner(workspace),
    budgets: { maxTurns: 5, timeoutMs: 30_000 },
    projectDocMaxBytes: 0,
  })
}

function deps() {
  const lines: string[] = []
  return { env, log: (line: string) => lines.push(line), signal: new AbortController().signal, lines }
}

const failingPatch = (id: string) =>
  callFunction('apply_patch', { input: '*** Begin Patch\n*** Delete File: missing.txt\n*** End Patch' }, id)

describe('task report', () => {
  it('carries the run: turns, usage, message, commands, run link', async () => {
    const result = await agentRun([
      { items: [callFunction('shell', { command: ['make', 'test'] }, 'a')], usage: { inputTokens: 120 } },
      { items: [say('Fixed the test.')], usage: { inputTokens: 200, outputTokens: 30 } },
    ])
    const report = agentReport({ env }, result, Date.now())
    expect(report).toMatchObject({
      conclusion: 'success',
      message: 'Fixed the test.',
      turns: 2,
      usage: { inputTokens: 320, outputTokens: 30 },
      commands: [{ command: 'make test', exitCode: 0, status: 'completed' }],
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
    })
  })

  it('says "failed", not "no changes", when every edit failed and the model claims success', async () => {
    const result = await agentRun([{ items: [failingPatch('p')] }, { items: [say('Done! I fixed it.')] }])
    const { lines, ...facts } = deps()
    const report = publishedReport(facts, result, { outcome: 'no-changes', changedFiles: [], leftOut: [] }, 0)
    expect(report.conclusion).toBe('failed')
    expect(report.reason).toBe(
      "the agent's 1 edit did not apply and no file changed, so nothing was published — whatever its message below says",
    )
    expect(lines).toEqual([`failed: ${report.reason}`])
  })

  it('says "no changes" when the agent changed nothing and tried no edit', async () => {
    const result = await agentRun([{ items: [say('Nothing to change: the test already passes.')] }])
    const report = publishedReport(
      deps(),
      result,
      { outcome: 'no-changes', changedFiles: [], leftOut: [] },
      0,
    )
    expect(report.conclusion).toBe('no-changes')
  })

  it('keeps the pushed branch and names the setting when GitHub refused the pull request', async () => {
    const result = await agentRun([{ items: [say('Renamed the flag.')] }])
    const pushed = {
      branch: { name: 'codex/rename-flag', url: 'https://github.com/b' },
      commitSha: 'abc',
      base: 'main',
    }
    const error = new PublishError(
      'pull-request',
      'GitHub Actions is not permitted to create or approve pull requests.',
      pushed,
    )
    const report = publishFailedReport(deps(), result, error, 0)
    expect(report.conclusion).toBe('failed')
    expect(report.branch).toEqual(pushed.branch)
    expect(report.message).toContain('The changes are safe on the branch `codex/rename-flag`.')
    expect(report.message).toContain('"Allow GitHub Actions to create and approve pull requests"')
    expect(report.message).toContain(
      '[compare main...codex/rename-flag](https://github.com/Codertocat/Hello-World/compare/main...codex%2Frename-flag?expand=1)',
    )
    expect(report.message).toMatch(/The agent's summary:\n\nRenamed the flag\.$/)
  })
})

describe('publish failure text', () => {
  it('names the permission when the token may not push', () => {
    const error = new PublishError(
      'push-rejected',
      'remote: Permission to o/r.git denied to github-actions[bot].',
    )
    expect(explainPublishFailure(error, env).fix).toMatch(
      /^The workflow's token may not push\. Give the job `permissions: contents: write`/,
    )
  })

  it('names pull-requests: write when the token lacks that scope', () => {
    const pushed = { branch: { name: 'codex/x', url: 'u' }, commitSha: 'abc', base: 'main' }
    const error = new PublishError('pull-request', 'Resource not accessible by integration', pushed)
    expect(explainPublishFailure(error, env).fix).toContain(
      'give the job `permissions: pull-requests: write`',
    )
  })

  it('has no fix to offer for an error it does not know', () => {
    expect(explainPublishFailure(new Error('disk full'), env)).toEqual({
      reason: 'disk full',
      fix: undefined,
      pushed: undefined,
    })
  })
})
