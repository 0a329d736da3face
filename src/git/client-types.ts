// What the git client is opened with and speaks in: its options, the identity commits are made
// with, a commit as read back, and how a push may move a branch.
import type { RemoteAuth } from './remote.js'

export interface GitClientOptions {
  /** The commit the agent started from: changes are measured against it; it parents the commit. */
  startSha: string
  log?: ((line: string) => void) | undefined
  signal?: AbortSignal | undefined
  /** Where the scratch git dir is made (RUNNER_TEMP on a runner); the OS temp dir otherwise. */
  tempRoot?: string | undefined
  /** When the checkout lacks the start commit, fetch it from here (the two-job publish). */
  fetchStartFrom?: RemoteAuth | undefined
}

export interface CommitSummary {
  sha: string
  author: string
  message: string
}

export interface Identity {
  name: string
  email: string
}

/** GITHUB_TOKEN's identity: commits made by the harness are authored by it. */
export const BOT_IDENTITY: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
}

export type PushMode =
  /** Our own branch: replace it, but only if it still points where we last saw it ('' = absent). */
  | { kind: 'lease'; expected: string }
  /** Someone else's branch (a PR head): fast-forward only. */
  | { kind: 'fast-forward' }
