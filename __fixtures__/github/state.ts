// The full fake GitHub state: StateCore plus pull requests (with GitHub's validation failures),
// reviews, review comments and workflow runs with their jobs and logs.
import { ApiError, validationFailed } from './errors.js'
import type {
  IssueRecord,
  JobRecord,
  PullRecord,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  ReviewState,
  RunConclusion,
  RunStatus,
  WorkflowRunRecord,
} from './model.js'
import { fetchInto, nodeId, StateCore } from './state-core.js'

export { ACTIONS_BOT, type AddCommentOptions, type AddIssueOptions, type AddRepoOptions, type Urls } from './state-core.js'

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

export interface AddReviewCommentOptions {
  body: string
  path: string
  line?: number
  side?: 'LEFT' | 'RIGHT'
  user?: string
  inReplyTo?: number
  reviewId?: number
}

export interface AddWorkflowRunOptions {
  name?: string
  path?: string
  event?: string
  headBranch?: string
  headSha?: string
  status?: RunStatus
  conclusion?: RunConclusion
  runAttempt?: number
  actor?: string
  pullNumbers?: number[]
  jobs?: Array<{ name: string; conclusion?: RunConclusion; status?: RunStatus; log?: string; steps?: string[] }>
}

export class GitHubState extends StateCore {
  addPull(fullName: string, options: AddPullOptions): IssueRecord {
    const repo = this.repo(fullName)
    const base = options.base ?? repo.defaultBranch
    if (options.files) {
      const { headRepo, headRef } = this.resolveHead(repo, options.head)
      const baseSha = repo.git.resolveRef(`refs/heads/${base}`)
      const parent = headRepo.git.resolveRef(`refs/heads/${headRef}`) ?? baseSha
      const sha = headRepo.git.commitFiles(options.files, options.title, this.identityOf(headRepo.owner), parent)
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
        pull && state === 'open' && pull.headRepo === headRepo && pull.headRef === headRef && pull.baseRef === input.base,
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
    pull.headSha = pull.headRepo.git.resolveRef(`refs/heads/${pull.headRef}`) ?? pull.headSha
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
    const mergeSha = repo.git.commitTree(mergedTree, [pull.baseSha, pull.headSha], message, identity, identity)
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

  addReview(
    fullName: string,
    pullNumber: number,
    options: { body?: string; state?: ReviewState; user?: string; commitId?: string },
  ): ReviewRecord {
    const repo = this.repo(fullName)
    const pull = this.pullOf(repo, pullNumber)
    const id = this.nextId()
    const state = options.state ?? 'COMMENTED'
    const review: ReviewRecord = {
      id,
      nodeId: nodeId('PRR', id),
      repo,
      pullNumber,
      user: options.user ? this.ensureUser(options.user) : this.viewer,
      body: options.body ?? '',
      state,
      commitId: options.commitId ?? pull.headSha,
      submittedAt: state === 'PENDING' ? null : this.now(),
    }
    this.reviews.set(id, review)
    return review
  }

  /** A review comment; without a review id it gets its own COMMENTED review, as on GitHub. */
  addReviewComment(fullName: string, pullNumber: number, options: AddReviewCommentOptions): ReviewCommentRecord {
    const repo = this.repo(fullName)
    const pull = this.pullOf(repo, pullNumber)
    const user = options.user ? this.ensureUser(options.user) : this.viewer
    const parent = options.inReplyTo === undefined ? undefined : this.reviewComments.get(options.inReplyTo)
    if (options.inReplyTo !== undefined && (!parent || parent.pullNumber !== pullNumber)) {
      throw new ApiError(404, 'Not Found')
    }
    const reviewId = options.reviewId ?? this.addReview(fullName, pullNumber, { user: user.login }).id
    const line = options.line ?? parent?.line ?? 1
    const path = parent?.path ?? options.path
    const id = this.nextId()
    const createdAt = this.now()
    const comment: ReviewCommentRecord = {
      id,
      nodeId: nodeId('PRRC', id),
      repo,
      pullNumber,
      reviewId,
      user,
      body: options.body,
      path,
      line,
      side: options.side ?? parent?.side ?? 'RIGHT',
      commitId: pull.headSha,
      diffHunk: this.hunkAt(pull.headRepo, pull.headSha, path, line),
      inReplyTo: parent ? (parent.inReplyTo ?? parent.id) : undefined,
      createdAt,
      updatedAt: createdAt,
    }
    this.reviewComments.set(id, comment)
    return comment
  }

  addWorkflowRun(fullName: string, options: AddWorkflowRunOptions = {}): WorkflowRunRecord {
    const repo = this.repo(fullName)
    const headBranch = options.headBranch ?? repo.defaultBranch
    const id = this.nextId()
    const createdAt = this.now()
    const status = options.status ?? 'completed'
    const conclusion = options.conclusion === undefined ? (status === 'completed' ? 'failure' : null) : options.conclusion
    const run: WorkflowRunRecord = {
      id,
      nodeId: nodeId('WFR', id),
      repo,
      name: options.name ?? 'CI',
      path: options.path ?? '.github/workflows/ci.yml',
      workflowId: 161335,
      runNumber: [...this.runs.values()].filter((other) => other.repo === repo).length + 1,
      runAttempt: options.runAttempt ?? 1,
      event: options.event ?? 'push',
      status,
      conclusion,
      headBranch,
      headSha: options.headSha ?? repo.git.resolveRef(`refs/heads/${headBranch}`) ?? '0'.repeat(40),
      actor: options.actor ? this.ensureUser(options.actor) : repo.owner,
      createdAt,
      updatedAt: createdAt,
      pullNumbers: options.pullNumbers ?? [],
      jobs: [],
    }
    for (const job of options.jobs ?? [{ name: 'build', log: '' }]) run.jobs.push(this.addJob(run, job))
    this.runs.set(id, run)
    return run
  }

  pullOf(repo: RepoRecord, number: number): PullRecord {
    const pull = this.issue(repo, number).pull
    if (!pull) throw new ApiError(404, 'Not Found')
    return pull
  }

  private addJob(run: WorkflowRunRecord, spec: NonNullable<AddWorkflowRunOptions['jobs']>[number]): JobRecord {
    const id = this.nextId()
    const status = spec.status ?? run.status
    const conclusion = spec.conclusion === undefined ? run.conclusion : spec.conclusion
    const job: JobRecord = {
      id,
      nodeId: nodeId('CR', id),
      runId: run.id,
      name: spec.name,
      status,
      conclusion,
      startedAt: run.createdAt,
      completedAt: status === 'completed' ? run.createdAt : null,
      steps: (spec.steps ?? ['Set up job', 'Run tests']).map((name, i) => ({ name, status, conclusion, number: i + 1 })),
      log: spec.log ?? '',
    }
    this.jobs.set(id, job)
    return job
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

  private hunkAt(repo: RepoRecord, commit: string, path: string, line: number): string {
    const text = repo.git.tryGit(['show', `${commit}:${path}`]) ?? ''
    const lineText = text.split('\n')[line - 1] ?? ''
    return `@@ -${line},1 +${line},1 @@\n+${lineText}`
  }
}
