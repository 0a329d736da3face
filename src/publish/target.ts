// Where the commits go, decided from the trigger alone (pure; nothing here touches git or GitHub).
// The harness pushes only to branches it names itself — `<prefix><kind>-…` — or to the head of the
// open same-repository PR it was asked about. Names built from hostile text (prompts, branch names
// of a failed run) pass a strict filter and a check-ref-format equivalent.
import { createHash } from 'node:crypto'
import type { Settings } from '../inputs.js'
import type { PullInfo, Trigger } from '../github/types.js'
import { PublishError } from './errors.js'

export type PublishTarget =
  | {
      kind: 'own-branch'
      branch: string
      /** The PR's base; undefined: the `base-branch` input, else the repository's default branch. */
      base: string | undefined
      /** A re-run of the same task uses the same branch (schedule, dispatch, CI fix) and updates its PR. */
      stable: boolean
      /** The commit the checkout must be at (the failed run's head, for a CI fix). */
      requiredStart?: string | undefined
      /** `Fixes #N` in the PR body. */
      fixesIssue?: number | undefined
      /** The fork's (or closed) PR this one continues. */
      followUpTo?: { number: number; url: string } | undefined
    }
  | { kind: 'pull-head'; branch: string; pull: PullInfo }

export type TargetSettings = Pick<Settings, 'branchPrefix' | 'baseBranch'>

/** Longest name after the prefix. */
const MAX_NAME = 60

export function planTarget(
  trigger: Trigger,
  pull: PullInfo | undefined,
  settings: TargetSettings,
  now: Date,
): PublishTarget {
  const prefix = settings.branchPrefix
  if (prefix !== '' && !isValidBranchName(prefix.replace(/\/$/, ''))) {
    throw new PublishError(
      'invalid-branch',
      `the branch-prefix '${prefix}' cannot start a branch name; use letters, digits, '-', '_', '.' and '/'`,
    )
  }
  const own = (
    name: string,
    fields: Omit<Extract<PublishTarget, { kind: 'own-branch' }>, 'kind' | 'branch'>,
  ) => ({ kind: 'own-branch', branch: branchName(prefix, name), ...fields }) as const
  switch (trigger.source) {
    case 'pull_request':
      // A pull_request event only ever starts a review, which publishes nothing.
      throw new PublishError('internal', 'a pull_request event starts a review, which pushes nothing')
    case 'issues':
      return own(`issue-${trigger.issue.number}-${stamp(now)}`, {
        base: undefined,
        stable: false,
        fixesIssue: trigger.issue.number,
      })
    case 'issue_comment':
    case 'pull_request_review_comment':
    case 'pull_request_review': {
      const issue = trigger.issue
      if (!issue.isPullRequest) {
        return own(`issue-${issue.number}-${stamp(now)}`, {
          base: undefined,
          stable: false,
          fixesIssue: issue.number,
        })
      }
      if (!pull || pull.number !== issue.number) {
        throw new PublishError(
          'internal',
          `the details of pull request #${issue.number} were not fetched; nothing was pushed`,
        )
      }
      const sameRepo =
        pull.headRepoFullName.toLowerCase() === `${trigger.repo.owner}/${trigger.repo.repo}`.toLowerCase()
      if (pull.state === 'open' && !pull.isFork && sameRepo)
        return { kind: 'pull-head', branch: pull.headRef, pull }
      // Never push to a fork (or revive a closed PR's branch): a PR of our own, linked to it.
      return own(`pr-${pull.number}-${stamp(now)}`, {
        base: pull.baseRef,
        stable: false,
        followUpTo: { number: pull.number, url: pull.htmlUrl },
      })
    }
    case 'schedule':
    case 'workflow_dispatch': {
      const kind = trigger.source === 'schedule' ? 'schedule' : 'dispatch'
      return own(`${kind}-${promptSlug('text' in trigger.command ? trigger.command.text : '')}`, {
        base: undefined,
        stable: true,
      })
    }
    case 'workflow_run':
      return own(`ci-fix-${refSafe(trigger.run.headBranch)}`, {
        base: trigger.run.headBranch,
        stable: true,
        requiredStart: trigger.run.headSha,
      })
  }
}

function branchName(prefix: string, name: string): string {
  const branch = `${prefix}${name}`
  if (!isValidBranchName(branch)) {
    throw new PublishError('invalid-branch', `'${branch}' is not a valid branch name; nothing was pushed`)
  }
  return branch
}

/** `yyyymmdd-hhmm` in UTC. */
export function stamp(now: Date): string {
  const iso = now.toISOString()
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`
}

/** Lower-case ASCII letters, digits and single dashes, cut at a word boundary. */
export function slugify(text: string, max = 40): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  if (slug[max] === '-') return cut
  const atWord = cut.replace(/-[^-]*$/, '')
  return (atWord.length >= max / 2 ? atWord : cut).replace(/-+$/, '')
}

/** The prompt's slug; a long prompt also gets a short hash, so two prompts alike at first differ. */
export function promptSlug(prompt: string): string {
  const slug = slugify(prompt, 40)
  const full = slugify(prompt, Number.MAX_SAFE_INTEGER)
  if (slug === '') return `task-${shortHash(prompt)}`
  return slug === full ? slug : `${slug}-${shortHash(prompt)}`
}

/** A branch name from elsewhere (a failed run's head), reduced to characters safe in a ref. */
export function refSafe(name: string): string {
  const components = name
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .split('/')
    .map((part) =>
      part
        .replace(/^[.-]+/, '')
        .replace(/\.+/g, '.')
        .replace(/(\.lock)+$/i, '')
        .replace(/[.-]+$/, ''),
    )
    .filter((part) => part !== '')
  const joined = components
    .join('/')
    .slice(0, MAX_NAME - 'ci-fix-'.length)
    .replace(/[./-]+$/, '')
  return joined === '' ? `branch-${shortHash(name)}` : joined
}

/**
 * The rules of `git check-ref-format` for `refs/heads/<name>`, narrowed to ASCII letters, digits
 * and `._/-` (every name the harness creates fits; hostile text cannot smuggle anything else).
 */
export function isValidBranchName(name: string): boolean {
  if (name === '' || name.length > 200 || !/^[A-Za-z0-9._/-]+$/.test(name)) return false
  if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false
  if (name.includes('..') || name.includes('//')) return false
  return name.split('/').every((part) => !part.startsWith('.') && !part.toLowerCase().endsWith('.lock'))
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6)
}
