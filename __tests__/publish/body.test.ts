// The PR body and commit message a reviewer reads.
import { describe, expect, it } from 'vitest'
import { buildPullBody, commitMessage, PR_MARKER, summaryTitle } from '../../src/publish/index.js'
import { issueTrigger, pullCommentTrigger } from './harness.js'

const target = {
  kind: 'own-branch' as const,
  branch: 'codex/issue-7-x',
  base: undefined,
  stable: false,
  fixesIssue: 7,
}

describe('buildPullBody', () => {
  it('has the summary, the issue link, files, what was left out, the checks and the run', () => {
    const body = buildPullBody({
      summary: 'Fixed the off-by-one in `today()`.',
      trigger: issueTrigger(7),
      target,
      changedFiles: [
        { path: 'src/date.js', additions: 3, deletions: 1, binary: false },
        { path: 'img|logo.png', additions: 0, deletions: 0, binary: true },
        { path: 'new.js', additions: 1, deletions: 0, binary: false, previousPath: 'old.js' },
      ],
      leftOut: [
        {
          path: '.github/workflows/ci.yml',
          reason: 'workflow file: GITHUB_TOKEN may not push',
          kind: 'workflow',
        },
      ],
      commands: [
        { command: 'npm test', exitCode: 0, status: 'completed' },
        { command: 'echo `uname` | wc', exitCode: 1, status: 'completed' },
        { command: 'sleep 999', exitCode: null, status: 'timed out' },
      ],
      footer: '4 turns · 9,000 tokens · $0.02',
      runUrl: 'https://github.test/octo/demo/actions/runs/1',
      requester: 'alice',
    })

    expect(body.startsWith('Fixed the off-by-one in `today()`.\n\nFixes #7\n')).toBe(true)
    expect(body).toContain('| `src/date.js` | +3 | −1 |')
    expect(body).toContain('| `img\\|logo.png` | binary | |')
    expect(body).toContain('| `old.js` → `new.js` | +1 | −0 |')
    expect(body).toContain('- `.github/workflows/ci.yml`: workflow file')
    expect(body).toContain('the job token cannot push them')
    expect(body).toContain('- ✅ `npm test`: exit 0')
    expect(body).toContain('- ❌ ``echo `uname` \\| wc``: exit 1')
    expect(body).toContain('- ❌ `sleep 999`: timed out')
    expect(body).toContain(
      '4 turns · 9,000 tokens · $0.02 · [task](https://github.test/octo/demo/issues/7) · [run](https://github.test/octo/demo/actions/runs/1) · requested by @alice',
    )
    expect(body.endsWith(PR_MARKER)).toBe(true)
  })

  it('links a follow-up PR to the PR it continues, without closing anything', () => {
    const body = buildPullBody({
      summary: 'Done',
      trigger: pullCommentTrigger(12),
      target: {
        kind: 'own-branch',
        branch: 'codex/pr-12-x',
        base: 'main',
        stable: false,
        followUpTo: { number: 12, url: 'u' },
      },
      changedFiles: [],
      leftOut: [],
      commands: [],
      footer: '',
      runUrl: 'r',
    })
    expect(body).toContain('Follow-up to #12')
    expect(body).not.toContain('Fixes')
    expect(body).toContain('[task](https://github.test/octo/demo/pull/12#issuecomment-9001)')
  })

  it('stays under GitHub’s body limit with a huge summary', () => {
    const body = buildPullBody({
      summary: 'x'.repeat(100_000),
      trigger: issueTrigger(7),
      target,
      changedFiles: [],
      leftOut: [],
      commands: [],
      footer: '',
      runUrl: 'r',
    })
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('(summary truncated)')
  })
})

describe('commitMessage', () => {
  it('takes its subject from the summary and credits the requester', () => {
    const message = commitMessage({
      summary: '## Fix the date helper\n\nDetails follow.',
      fallback: 'Codex: changes for #7',
      taskUrl: 'https://github.test/octo/demo/issues/7',
      runUrl: 'https://github.test/run/1',
      requester: { login: 'alice', id: 1234 },
    })
    expect(message).toBe(
      'Fix the date helper\n\nTask: https://github.test/octo/demo/issues/7\nRun: https://github.test/run/1\n\nCo-authored-by: alice <1234+alice@users.noreply.github.com>\n',
    )
  })

  it('falls back without an id, skips bots, and shortens a long subject', () => {
    const base = { fallback: 'Codex: changes', taskUrl: 't', runUrl: 'r' }
    expect(commitMessage({ ...base, summary: 'x', requester: { login: 'bob' } })).toContain(
      'Co-authored-by: bob <bob@users.noreply.github.com>',
    )
    expect(commitMessage({ ...base, summary: 'x', requester: { login: 'dependabot[bot]' } })).not.toContain(
      'Co-authored-by',
    )
    expect(commitMessage({ ...base, summary: '' })).toMatch(/^Codex: changes\n/)
    expect(summaryTitle('y'.repeat(100), 'f')).toHaveLength(72)
  })

  it('titles a paragraph with its first sentence, without the final period', () => {
    const summary = 'Fixed `formatDate`: the month was zero-based. Added `+ 1`; `node --test` now passes.'
    expect(summaryTitle(summary, 'f')).toBe('Fixed formatDate: the month was zero-based')
    expect(summaryTitle('Bumped v1.2.3 to v1.2.4 in package.json.', 'f')).toBe(
      'Bumped v1.2.3 to v1.2.4 in package.json',
    )
  })
})
