// A publish failure whose message is written for the person reading the run's comment: what
// happened, whether anything was pushed, and what to do about it.

export type PublishFailure =
  /** SIGINT/SIGTERM (or another abort) before the push: nothing was pushed. */
  | 'cancelled'
  /** The PR head moved since the trigger, or the checkout is not where the task needs it. */
  | 'head-moved'
  | 'wrong-start'
  /** The remote refused the push or the ref update (protected branch, permissions…). */
  | 'push-rejected'
  /** Refused before trying: the default branch, a branch the harness does not own, a bad name. */
  | 'forbidden-target'
  | 'invalid-branch'
  /** A stable branch holds commits someone else pushed: replacing it would drop them. */
  | 'foreign-commits'
  /** A fork's commit carries workflow files that are not the base branch's. */
  | 'fork-workflows'
  /** The two-job bundle failed verification. */
  | 'invalid-bundle'
  | 'pull-request'
  | 'internal'

/** What is on the remote despite the failure (the branch was pushed, the PR was not opened). */
export interface PushedBranch {
  branch: { name: string; url: string }
  commitSha: string
  base: string
}

export class PublishError extends Error {
  constructor(
    readonly reason: PublishFailure,
    message: string,
    readonly pushed?: PushedBranch | undefined,
  ) {
    super(message)
    this.name = 'PublishError'
  }
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}
