// planTarget: where the commits go for each kind of trigger, and branch names that hostile text
// (prompts, a failed run's branch) cannot bend into something git would misread.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { PullInfo, Trigger } from '../../src/github/types.js'
import {
  isValidBranchName,
  planTarget,
  promptSlug,
  PublishError,
  refSafe,
  slugify,
} from '../../src/publish/index.js'
import { issueTrigger, pullCommentTrigger, scheduleTrigger } from './harness.js'

const NOW = new Date('2025-03-04T05:06:07Z')
const SETTINGS = { branchPrefix: 'codex/', baseBranch: undefined }

function pull(overrides: Partial<PullInfo> = {}): PullInfo {
  return {
    number: 12,
    state: 'open',
    draft: false,
    headRef: 'feature/login',
    headSha: 'a'.repeat(40),
    headRepoFullName: 'octo/demo',
    isFork: false,
    baseRef: 'develop',
    baseSha: 'b'.repeat(40),
    htmlUrl: 'https://github.test/octo/demo/pull/12',
    ...overrides,
  }
}

function failedRun(headBranch: string): Trigger {
  return {
    source: 'workflow_run',
    repo: { owner: 'octo', repo: 'demo' },
    actor: { login: 'alice', type: 'User' },
    command: { kind: 'task', text: '' },
    run: {
      id: 5,
      name: 'CI',
      headBranch,
      headSha: 'c'.repeat(40),
      htmlUrl: 'https://github.test/run/5',
      actor: 'alice',
      pullRequests: [],
      fromFork: false,
    },
  }
}

function gitAccepts(branch: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/heads/${branch}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('planTarget', () => {
  it('gives an issue task a new timestamped branch that fixes the issue', () => {
    expect(planTarget(issueTrigger(7), undefined, SETTINGS, NOW)).toEqual({
      kind: 'own-branch',
      branch: 'codex/issue-7-20250304-0506',
      base: undefined,
      stable: false,
      fixesIssue: 7,
    })
  })

  it('commits onto the head of an open same-repository PR', () => {
    const info = pull()
    expect(planTarget(pullCommentTrigger(12), info, SETTINGS, NOW)).toEqual({
      kind: 'pull-head',
      branch: 'feature/login',
      pull: info,
    })
  })

  it("never targets a fork's branch, nor a closed PR's: a PR of its own against the same base", () => {
    for (const info of [
      pull({ isFork: true, headRepoFullName: 'mallory/demo' }),
      pull({ state: 'closed' }),
    ]) {
      expect(planTarget(pullCommentTrigger(12), info, SETTINGS, NOW)).toEqual({
        kind: 'own-branch',
        branch: 'codex/pr-12-20250304-0506',
        base: 'develop',
        stable: false,
        followUpTo: { number: 12, url: info.htmlUrl },
      })
    }
  })

  it('refuses to guess when the PR details are missing', () => {
    expect(() => planTarget(pullCommentTrigger(12), undefined, SETTINGS, NOW)).toThrow(PublishError)
  })

  it('names a scheduled task after its prompt, the same on every run', () => {
    const first = planTarget(scheduleTrigger('Update dependencies'), undefined, SETTINGS, NOW)
    const later = planTarget(
      scheduleTrigger('Update dependencies'),
      undefined,
      SETTINGS,
      new Date('2026-01-01T00:00:00Z'),
    )
    expect(first).toEqual({
      kind: 'own-branch',
      branch: 'codex/schedule-update-dependencies',
      base: undefined,
      stable: true,
    })
    expect(later).toEqual(first)
    const dispatch = { ...scheduleTrigger('Update dependencies'), source: 'workflow_dispatch' as const }
    expect(planTarget(dispatch, undefined, SETTINGS, NOW)).toMatchObject({
      branch: 'codex/dispatch-update-dependencies',
    })
  })

  it('bases a CI fix on the failed head and targets the failed branch', () => {
    expect(planTarget(failedRun('release/2.x'), undefined, SETTINGS, NOW)).toEqual({
      kind: 'own-branch',
      branch: 'codex/ci-fix-release/2.x',
      base: 'release/2.x',
      stable: true,
      requiredStart: 'c'.repeat(40),
    })
  })

  it('turns hostile branch names of a failed run into safe ones', () => {
    for (const hostile of [
      '-f',
      '../../refs/heads/main',
      'a..b',
      'x.lock',
      'feat/.hidden',
      '$(touch /tmp/x)',
      'ünï/☃',
      '@{-1}',
      'a//b/',
      '.',
      '',
    ]) {
      const target = planTarget(failedRun(hostile), undefined, SETTINGS, NOW)
      expect(target.branch.startsWith('codex/ci-fix-')).toBe(true)
      expect(isValidBranchName(target.branch)).toBe(true)
      expect(gitAccepts(target.branch)).toBe(true)
    }
  })

  it('refuses a branch prefix git would not accept', () => {
    expect(() =>
      planTarget(issueTrigger(7), undefined, { branchPrefix: 'bad prefix/', baseBranch: undefined }, NOW),
    ).toThrow(/branch-prefix/)
  })
})

describe('slugs', () => {
  it('keeps lower-case ASCII letters and digits, folding accents and everything else to dashes', () => {
    expect(slugify('Überprüfe die Änderungen!')).toBe('uberprufe-die-anderungen')
    expect(slugify('--upload-pack=evil; rm -rf / $(x)')).toBe('upload-pack-evil-rm-rf-x')
    expect(slugify('Fix the flaky date test in src/utils/date.test.ts please', 40)).toBe(
      'fix-the-flaky-date-test-in-src-utils',
    )
  })

  it('gives long or letterless prompts a short hash, so different prompts get different branches', () => {
    const a = promptSlug('Refresh the generated API client and run the full test suite afterwards (A)')
    const b = promptSlug('Refresh the generated API client and run the full test suite afterwards (B)')
    expect(a).not.toBe(b)
    expect(a).toMatch(/^refresh-the-generated-api-client-and-run-[0-9a-f]{6}$/)
    expect(promptSlug('🚀🚀')).toMatch(/^task-[0-9a-f]{6}$/)
    expect(refSafe('')).toMatch(/^branch-[0-9a-f]{6}$/)
  })
})

describe('isValidBranchName', () => {
  it('accepts what git accepts among plain names and rejects the rest', () => {
    const cases = [
      'codex/issue-7',
      'a.b/c_d-e',
      '-x',
      'a..b',
      'a/',
      '/a',
      'a//b',
      'a.lock',
      '.a',
      'a b',
      'a~1',
      'a:b',
      'a?',
      'a*',
      'a[b',
      'a\\b',
      'a@{b',
    ]
    for (const name of cases) expect(isValidBranchName(name) ? gitAccepts(name) : true).toBe(true)
    expect(cases.filter(isValidBranchName)).toEqual(['codex/issue-7', 'a.b/c_d-e'])
  })
})
