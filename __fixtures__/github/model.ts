// The records the fake GitHub keeps. Git contents (branches, commits, trees) are not copied here:
// they live in each repository's bare git directory, so the smart-HTTP server and the Git Data API
// always agree.
import type { BareRepo } from './git.js'

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read'
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface UserRecord {
  login: string
  id: number
  nodeId: string
  type: 'User' | 'Bot' | 'Organization'
  name: string | null
  email: string | null
  createdAt: string
}

export interface RepoRecord {
  id: number
  nodeId: string
  owner: UserRecord
  name: string
  defaultBranch: string
  private: boolean
  description: string | null
  createdAt: string
  git: BareRepo
  forkOf: RepoRecord | undefined
  collaborators: Map<string, Permission>
  protectedBranches: Set<string>
  nextNumber: number
  issues: Map<number, IssueRecord>
}

export interface IssueRecord {
  repo: RepoRecord
  number: number
  id: number
  nodeId: string
  title: string
  body: string | null
  user: UserRecord
  state: 'open' | 'closed'
  labels: string[]
  assignees: string[]
  locked: boolean
  createdAt: string
  updatedAt: string
  closedAt: string | null
  pull: PullRecord | undefined
}

export interface PullRecord {
  id: number
  nodeId: string
  headRepo: RepoRecord
  headRef: string
  baseRef: string
  headSha: string
  baseSha: string
  draft: boolean
  merged: boolean
  mergedAt: string | null
  mergeCommitSha: string | null
  mergeable: boolean | null
  maintainerCanModify: boolean
  requestedReviewers: string[]
  /** `headSha:baseSha` the pull refs were last computed for. */
  syncedFor: string
}

export interface CommentRecord {
  id: number
  nodeId: string
  repo: RepoRecord
  issueNumber: number
  body: string
  user: UserRecord
  createdAt: string
  updatedAt: string
}

/** What a reaction is on: an issue or PR, an issue comment, or a review comment. */
export type ReactionSubject =
  | { kind: 'issue'; repo: RepoRecord; number: number }
  | { kind: 'issue_comment'; id: number }
  | { kind: 'review_comment'; id: number }

export interface ReactionRecord {
  id: number
  nodeId: string
  content: ReactionContent
  user: UserRecord
  createdAt: string
  subjectKey: string
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface ReviewRecord {
  id: number
  nodeId: string
  repo: RepoRecord
  pullNumber: number
  user: UserRecord
  body: string
  state: ReviewState
  commitId: string
  submittedAt: string | null
}

export interface ReviewCommentRecord {
  id: number
  nodeId: string
  repo: RepoRecord
  pullNumber: number
  reviewId: number
  user: UserRecord
  body: string
  path: string
  line: number | null
  side: 'LEFT' | 'RIGHT'
  /** A multi-line comment's first line (same side as `line` here). */
  startLine: number | null
  commitId: string
  diffHunk: string
  inReplyTo: number | undefined
  createdAt: string
  updatedAt: string
}

export type RunStatus = 'queued' | 'in_progress' | 'completed'
export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null

export interface JobRecord {
  id: number
  nodeId: string
  runId: number
  name: string
  status: RunStatus
  conclusion: RunConclusion
  startedAt: string
  completedAt: string | null
  steps: Array<{ name: string; status: RunStatus; conclusion: RunConclusion; number: number }>
  log: string
}

export interface WorkflowRunRecord {
  id: number
  nodeId: string
  repo: RepoRecord
  name: string
  path: string
  workflowId: number
  runNumber: number
  runAttempt: number
  event: string
  status: RunStatus
  conclusion: RunConclusion
  headBranch: string
  headSha: string
  actor: UserRecord
  createdAt: string
  updatedAt: string
  pullNumbers: number[]
  jobs: JobRecord[]
}
