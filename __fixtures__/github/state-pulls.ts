// Pull requests in the fake GitHub: opening one with GitHub's checks and 422s, and keeping its
// head/base shas and `refs/pull/N/head` / `refs/pull/N/merge` in step with the branches.
import { ApiError, validationFailed } from './errors.js'
import type { IssueRecord, PullRecord, RepoRecord } from './model.js'
import { fetchInto, nodeId, StateCore } from './state-core.js'

export interface OpenPullInput {
  title: string
  body?: string | null
  /** `branch`, or `owner:branch` for a fork in the same network. */
  head: string
  base: string
  draft?: boolean
  user?: string
  maintainerCanModify?: boolean
}

export interface AddPullOptions extends Omit<OpenPullInput, 'base'> {
  base?: string
  /** Committed onto the head branch (created from base) before the pull request is opened. */
  files?: Record<string, string>
}

export class PullState extends StateCore {
  addPull(fullName: string, options: AddPullOptions): IssueRecord {
    const repo = this.repo(fullName)
    const base = options.base ?? repo.defaultBranch
    if (options.files) {
      const { headRepo, headRef } = this.resolveHead(repo, options.head)
      const baseSha = repo.git.resolveRef(`refs/heads/${base}`)
      const parent = headRepo.git.resolveRef(`refs/heads/${headRef}`) ?? baseSha
      const sha = headRepo.git.commitFiles(
        options.files,
        options.title,
        this.identityOf(headRepo.owner),
        parent,
      )
      headRepo.git.updateRef(`refs/heads/${headRef}`, sha)
    }
    return this.openPull(repo, { ...options, base })
  }

  /** POST /pulls: the same checks, and the same 422s, as GitHub. */
  openPull(repo: RepoRecord, input: OpenPullInput): IssueRecord {
    const { headRepo, headRef } = this.resolveHead(repo, input.head)
    const baseSha = repo.git.resolveRef(`refs/heads/${input.base}`)
    if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
    const headSha = headRepo.git.resolveRef(`refs/heads/${headRef}`)
    if (!headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' })
    const duplicate = [...repo.issues.values()].find(
      ({ pull, state }) =>
        pull &&
        state === 'open' &&
        pull.headRepo === headRepo &&
        pull.headRef === headRef &&
        pull.baseRef === input.base,
    )
    if (duplicate) {
      const message = `A pull request already exists for ${headRepo.owner.login}:${headRef}.`
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message })
    }
    if (this.alreadyInBase(repo, headRepo, headRef, baseSha)) {
      const message = `No commits between ${input.base} and ${input.head}`
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message })
    }
    const issue = this.addIssue(`${repo.owner.login}/${repo.name}`, {
      title: input.title,
      body: input.body ?? null,
      ...(input.user ? { user: input.user } : {}),
    })
    const id = this.nextId()
    const pull: PullRecord = {
      id,
      nodeId: nodeId('PR', id),
      headRepo,
      headRef,
      baseRef: input.base,
      headSha,
      baseSha,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      mergeable: null,
      maintainerCanModify: input.maintainerCanModify ?? headRepo !== repo,
      requestedReviewers: [],
      syncedFor: '',
    }
    issue.pull = pull
    this.syncPull(issue)
    return issue
  }

  /**
   * Brings an open pull request up to date with its branches: head/base shas, `refs/pull/N/head`
   * and the test-merge commit `refs/pull/N/merge`, which actions/checkout uses for PR events.
   */
  syncPull(issue: IssueRecord): void {
    const pull = issue.pull
    if (!pull || pull.merged || issue.state !== 'open') return
    const repo = issue.repo
    const head = pull.headRepo.git.resolveRef(`refs/heads/${pull.headRef}`) ?? pull.headSha
    // A push to the head moves the PR's `updated_at`, as on GitHub (the `synchronize` event).
    if (head !== pull.headSha) issue.updatedAt = this.now()
    pull.headSha = head
    pull.baseSha = repo.git.resolveRef(`refs/heads/${pull.baseRef}`) ?? pull.baseSha
    const key = `${pull.headSha}:${pull.baseSha}`
    if (pull.syncedFor === key) return
    pull.syncedFor = key
    const headRef = `refs/pull/${issue.number}/head`
    if (pull.headRepo === repo) repo.git.updateRef(headRef, pull.headSha)
    else fetchInto(repo.git, pull.headRepo.git, `refs/heads/${pull.headRef}`, headRef)
    const mergedTree = repo.git.mergeTree(pull.baseSha, pull.headSha)
    pull.mergeable = mergedTree !== undefined
    if (!mergedTree) {
      repo.git.tryGit(['update-ref', '-d', `refs/pull/${issue.number}/merge`])
      return
    }
    const identity = this.identityOf(this.viewer)
    const message = `Merge ${pull.headSha} into ${pull.baseSha}`
    const mergeSha = repo.git.commitTree(
      mergedTree,
      [pull.baseSha, pull.headSha],
      message,
      identity,
      identity,
    )
    repo.git.updateRef(`refs/pull/${issue.number}/merge`, mergeSha)
    pull.mergeCommitSha = mergeSha
  }

  /** After a push to `repo`: every pull request whose head or base lives there. */
  syncPullsTouching(repo: RepoRecord): void {
    for (const candidate of this.repos.values()) {
      for (const issue of candidate.issues.values()) {
        if (issue.pull && (candidate === repo || issue.pull.headRepo === repo)) this.syncPull(issue)
      }
    }
  }

  pullOf(repo: RepoRecord, number: number): PullRecord {
    const pull = this.issue(repo, number).pull
    if (!pull) throw new ApiError(404, 'Not Found')
    return pull
  }

  private resolveHead(repo: RepoRecord, head: string): { headRepo: RepoRecord; headRef: string } {
    const colon = head.indexOf(':')
    if (colon === -1) return { headRepo: repo, headRef: head }
    const owner = head.slice(0, colon).toLowerCase()
    const headRef = head.slice(colon + 1)
    if (owner === repo.owner.login.toLowerCase()) return { headRepo: repo, headRef }
    const fork = [...this.repos.values()].find(
      (candidate) => candidate.forkOf === repo && candidate.owner.login.toLowerCase() === owner,
    )
    if (!fork) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' })
    return { headRepo: fork, headRef }
  }

  /** True when the head has no commits the base lacks (a fork's head is fetched in to compare). */
  private alreadyInBase(repo: RepoRecord, headRepo: RepoRecord, headRef: string, baseSha: string): boolean {
    if (headRepo === repo) return repo.git.isAncestor(`refs/heads/${headRef}`, baseSha)
    const probeRef = 'refs/fake-github/probe'
    fetchInto(repo.git, headRepo.git, `refs/heads/${headRef}`, probeRef)
    try {
      return repo.git.isAncestor(probeRef, baseSha)
    } finally {
      repo.git.deleteRef(probeRef)
    }
  }
}
