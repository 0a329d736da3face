import { describe, expect, it } from 'vitest'
import { actionOutputs, OUTPUT_NAMES } from '../../src/report/outputs.js'
import { createRedactor } from '../../src/common/redact.js'
import {
  renderAnswer,
  renderFinal,
  renderRefusal,
  renderStatus,
  renderStepSummary,
  renderWorking,
} from '../../src/report/render.js'
import type { FinalReport } from '../../src/report/render.js'

const RUN_URL = 'https://github.com/octo-org/hello/actions/runs/4242'

function successReport(overrides: Partial<FinalReport> = {}): FinalReport {
  return {
    conclusion: 'success',
    message: 'Fixed the flaky date test by freezing the clock.',
    branch: {
      name: 'codex/fix-date-test',
      url: 'https://github.com/octo-org/hello/tree/codex/fix-date-test',
    },
    pullRequest: { number: 12, url: 'https://github.com/octo-org/hello/pull/12', operation: 'created' },
    changedFiles: [
      { path: 'src/date.ts', additions: 8, deletions: 2 },
      { path: 'test/date.test.ts', additions: 3, deletions: 1 },
    ],
    commands: [
      { command: 'npm test', exitCode: 1, status: 'failed' },
      { command: 'npm test -- date', exitCode: 0, status: 'completed' },
      { command: 'rm -rf /', exitCode: null, status: 'declined' },
    ],
    durationMs: 192_000,
    turns: 12,
    usage: {
      inputTokens: 44_000,
      cachedInputTokens: 30_100,
      outputTokens: 1_200,
      reasoningOutputTokens: 300,
    },
    costUsd: 0.0312,
    runUrl: RUN_URL,
    ...overrides,
  }
}

describe('renderWorking', () => {
  it('links the run, quotes the task and shows the plan as a checklist', () => {
    const body = renderWorking({
      runUrl: RUN_URL,
      task: 'fix the flaky date test',
      plan: [
        { text: 'Reproduce the failure', completed: true },
        { text: 'Fix it', completed: false },
      ],
    })
    expect(body).toContain(`[view the run](${RUN_URL})`)
    expect(body).toContain('> fix the flaky date test')
    expect(body).toContain('- [x] Reproduce the failure')
    expect(body).toContain('- [ ] Fix it')
  })
})

describe('renderFinal', () => {
  it('shows the conclusion, message, PR and branch links, counts and the footer', () => {
    const body = renderFinal(successReport())
    expect(body.split('\n')[0]).toContain('Done')
    expect(body).toContain('Fixed the flaky date test by freezing the clock.')
    expect(body).toContain('[#12](https://github.com/octo-org/hello/pull/12) (created)')
    expect(body).toContain(
      '[`codex/fix-date-test`](https://github.com/octo-org/hello/tree/codex/fix-date-test)',
    )
    expect(body).toContain('2 files changed (+11 −3)')
    expect(body).toContain('`src/date.ts` +8 −2')
    expect(body).toContain('12 turns · 45.2k tokens (30.1k cached) · $0.0312 · 3 min 12 s')
    expect(body).toContain(`[view the run](${RUN_URL})`)
  })

  it('says the cost is unknown when no price is known', () => {
    expect(renderFinal(successReport({ costUsd: undefined }))).toContain('cost unknown')
  })

  it('gives the failure reason, and files left out of the push', () => {
    const body = renderFinal(
      successReport({
        conclusion: 'failed',
        message: 'The model provider refused the key.',
        reason: 'model error (auth): 401 invalid api key',
        pullRequest: undefined,
        branch: undefined,
        leftOut: [{ path: '.github/workflows/ci.yml', reason: 'the token may not change workflows' }],
      }),
    )
    expect(body.split('\n')[0]).toContain('Failed')
    expect(body).toContain('**Why:** model error (auth): 401 invalid api key')
    expect(body).toContain('`.github/workflows/ci.yml`: the token may not change workflows')
    expect(body).not.toContain('Pull request')
  })

  it('names a budget stop and shows warnings', () => {
    const body = renderFinal(
      successReport({
        conclusion: 'budget-exhausted',
        reason: 'max-turns (80) reached',
        warnings: ['The agent ran with danger-full-access: commands were not sandboxed.'],
      }),
    )
    expect(body).toContain('budget')
    expect(body).toContain('max-turns (80) reached')
    expect(body).toContain('> [!WARNING]\n> The agent ran with danger-full-access')
  })

  it('keeps model text from pinging people or hiding the report in an HTML comment', () => {
    const body = renderFinal(successReport({ message: 'Thanks @octocat and @octo-org/team! <!-- hide' }))
    expect(body).not.toMatch(/(^|\s)@octocat/)
    expect(body).not.toMatch(/(^|\s)@octo-org\/team/)
    expect(body).not.toContain('<!--')
    expect(body).toContain('3 min 12 s')
    // Mentions inside code stay as written: no invisible characters in copied code.
    expect(renderFinal(successReport({ message: 'run `npm i @types/node`' }))).toContain(
      '`npm i @types/node`',
    )
  })

  it('stays under GitHub’s comment limit for a huge message, closing an open code block', () => {
    const body = renderFinal(successReport({ message: `\`\`\`\n${'x'.repeat(100_000)}` }))
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('message truncated')
    expect(body).toContain('12 turns')
  })
})

describe('renderStepSummary', () => {
  it('adds a collapsible log of the commands with exit codes', () => {
    const summary = renderStepSummary(successReport())
    expect(summary).toContain(renderFinal(successReport()))
    expect(summary).toContain('<details><summary>Commands run (3)</summary>')
    expect(summary).toContain('[exit 1] npm test')
    expect(summary).toContain('[exit 0] npm test -- date')
    expect(summary).toContain('[declined] rm -rf /')
  })

  it('keeps a command with backticks inside the code block', () => {
    const summary = renderStepSummary(
      successReport({ commands: [{ command: 'echo ```x```', exitCode: 0, status: 'completed' }] }),
    )
    expect(summary).toContain('````text\n[exit 0] echo ```x```\n````')
  })
})

describe('renderRefusal, renderStatus, renderAnswer', () => {
  it('refusal: one short line saying why, with the run link', () => {
    const body = renderRefusal('@mallory has read permission; write or admin is required', RUN_URL)
    expect(body).toContain('read permission; write or admin is required')
    expect(body).toContain(RUN_URL)
    expect(body.split('\n').filter((line) => line.trim() !== '')).toHaveLength(2)
  })

  it('status: provider, model, host, wire API, sandbox, version and the model check', () => {
    const ok = renderStatus({
      provider: 'zhipu',
      model: 'glm-4.6',
      baseUrlHost: 'open.bigmodel.cn',
      wireApi: 'chat',
      sandbox: 'workspace-write',
      version: '0.1.0',
      check: { ok: true, latencyMs: 412 },
    })
    for (const text of [
      '`zhipu`',
      '`glm-4.6`',
      '`open.bigmodel.cn`',
      '`chat`',
      '`workspace-write`',
      '`0.1.0`',
      '412 ms',
    ]) {
      expect(ok).toContain(text)
    }
    const failed = renderStatus({
      provider: 'p',
      model: 'm',
      baseUrlHost: 'h',
      wireApi: 'responses',
      sandbox: 'read-only',
      version: '0.1.0',
      check: { ok: false, error: 'model error (auth): 401 | invalid key' },
    })
    expect(failed).toContain('❌ model error (auth): 401 \\| invalid key')
  })

  it('answer: the answer with the usage footer', () => {
    const body = renderAnswer('The retry lives in src/model/retry.ts.', {
      runUrl: RUN_URL,
      turns: 1,
      usage: { inputTokens: 900, cachedInputTokens: 0, outputTokens: 100, reasoningOutputTokens: 0 },
      costUsd: undefined,
      durationMs: 5_000,
    })
    expect(body).toContain('The retry lives in src/model/retry.ts.')
    expect(body).toContain('1 turn · 1.0k tokens (0 cached) · cost unknown · 5 s')
  })
})

describe('actionOutputs', () => {
  it('sets every output of the contract', () => {
    const outputs = actionOutputs({ ...successReport(), commentUrl: 'https://c', commitSha: 'abc123' })
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    expect(outputs).toMatchObject({
      conclusion: 'success',
      branch: 'codex/fix-date-test',
      'commit-sha': 'abc123',
      'pull-request-number': '12',
      'pull-request-url': 'https://github.com/octo-org/hello/pull/12',
      'pull-request-operation': 'created',
      'comment-url': 'https://c',
      'changed-files': 'src/date.ts\ntest/date.test.ts',
      turns: '12',
      'input-tokens': '44000',
      'cached-input-tokens': '30100',
      'output-tokens': '1200',
      'cost-usd': '0.031200',
    })
  })

  it('empty strings (and operation none) when nothing was published or priced', () => {
    const outputs = actionOutputs({
      conclusion: 'no-changes',
      message: 'Nothing to change.',
      durationMs: 1,
      turns: 2,
      usage: { inputTokens: 1, cachedInputTokens: 0, outputTokens: 1, reasoningOutputTokens: 0 },
      runUrl: RUN_URL,
    })
    expect(outputs).toMatchObject({
      branch: '',
      'commit-sha': '',
      'pull-request-number': '',
      'pull-request-url': '',
      'pull-request-operation': 'none',
      'comment-url': '',
      'changed-files': '',
      'cost-usd': '',
    })
  })

  it('redacts the final message when given the redactor', () => {
    const secret = 'sup3r-secret-value'
    const outputs = actionOutputs(
      { ...successReport(), message: `the key is ${secret}` },
      createRedactor([secret]),
    )
    expect(outputs['final-message']).toBe('the key is [redacted secret]')
  })
})
