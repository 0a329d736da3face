// The full fake GitHub state: users, repositories, issues and comments (StateCore), pull requests
// (PullState), plus reviews, review comments and workflow runs with their jobs and logs.
import { ApiError } from './errors.js'
import type { Attachment } from './attachments.js'
import type {
  JobRecord,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  ReviewState,
  RunConclusion,
  RunStatus,
  WorkflowRunRecord,
} from './model.js'
import { nodeId } from './state-core.js'
import { PullState } from './state-pulls.js'

export {
  ACTIONS_BOT,
  type AddCommentOptions,
  type AddIssueOptions,
  type AddRepoOptions,
  type Urls,
} from './state-core.js'
export type { AddPullOptions, OpenPullInput } from './state-pulls.js'

export interface AddReviewCommentOptions {
  body: string
  path: string
  line?: number
  side?: 'LEFT' | 'RIGHT'
  startLine?: number
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
  jobs?: Array<{
    name: string
    conclusion?: RunConclusion
    status?: RunStatus
    log?: string
    steps?: string[]
  }>
}

export class GitHubState extends PullState {
  /** Files uploaded to comments and issue bodies, by id (attachments.ts serves them). */
  readonly attachments = new Map<string, Attachment>()

  /** An uploaded image: its `${serverUrl}/user-attachments/assets/<id>` URL, as GitHub gives it. */
  addAttachment(bytes: Buffer, options: { contentType?: string; redirectTo?: string } = {}): string {
    const id = `${this.nextId()}-${bytes.length}`
    this.attachments.set(id, {
      bytes,
      contentType: options.contentType ?? 'image/png',
      redirectTo: options.redirectTo,
    })
    return `${this.urls.web}/user-attachments/assets/${id}`
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
  addReviewComment(
    fullName: string,
    pullNumber: number,
    options: AddReviewCommentOptions,
  ): ReviewCommentRecord {
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
      startLine: options.startLine ?? null,
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
    const conclusion =
      options.conclusion === undefined ? (status === 'completed' ? 'failure' : null) : options.conclusion
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

  private addJob(
    run: WorkflowRunRecord,
    spec: NonNullable<AddWorkflowRunOptions['jobs']>[number],
  ): JobRecord {
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
      steps: (spec.steps ?? ['Set up job', 'Run tests']).map((name, i) => ({
        name,
        status,
        conclusion,
        number: i + 1,
      })),
      log: spec.log ?? '',
    }
    this.jobs.set(id, job)
    return job
  }

  private hunkAt(repo: RepoRecord, commit: string, path: string, line: number): string {
    const text = repo.git.tryGit(['show', `${commit}:${path}`]) ?? ''
    const lineText = text.split('\n')[line - 1] ?? ''
    return `@@ -${line},1 +${line},1 @@\n+${lineText}`
  }
}
