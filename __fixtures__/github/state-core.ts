// The fake GitHub's state (users, repositories, issues, comments, reactions); pulls, reviews and
// workflow runs are added by GitHubState in state.ts. Logins and repository names are
// case-insensitive, as on GitHub.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { ApiError, notFound } from './errors.js'
import { BareRepo, ISOLATED_GIT_ENV, type GitIdentity } from './git.js'
import type {
  CommentRecord,
  IssueRecord,
  JobRecord,
  Permission,
  ReactionContent,
  ReactionRecord,
  ReactionSubject,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  UserRecord,
  WorkflowRunRecord,
} from './model.js'

export interface Urls {
  /** GITHUB_API_URL, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/api/v3 */
  api: string
  /** GITHUB_SERVER_URL: web pages and git over HTTP. */
  web: string
  /** Where job-log redirects point: another origin than the API in the github.com layout. */
  logs: string
}

export interface AddRepoOptions {
  owner: string
  name: string
  defaultBranch?: string
  /** Contents of the initial commit, path → text; a README when omitted. */
  files?: Record<string, string>
  private?: boolean
  description?: string
}

export interface AddIssueOptions {
  title: string
  body?: string | null
  user?: string
  labels?: string[]
  state?: 'open' | 'closed'
}

export interface AddCommentOptions {
  body: string
  user?: string
  createdAt?: string
  updatedAt?: string
}

/** The identity GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 }

export class StateCore {
  readonly users = new Map<string, UserRecord>()
  readonly repos = new Map<string, RepoRecord>()
  readonly comments = new Map<number, CommentRecord>()
  readonly reactions: ReactionRecord[] = []
  readonly reviews = new Map<number, ReviewRecord>()
  readonly reviewComments = new Map<number, ReviewCommentRecord>()
  readonly runs = new Map<number, WorkflowRunRecord>()
  readonly jobs = new Map<number, JobRecord>()
  /** Commits made through the API that GitHub would show as signed ("Verified"). */
  readonly verifiedCommits = new Set<string>()
  /** False for a read-only token (e.g. a job with `permissions: read-all`): writes get 403. */
  tokenCanWrite = true
  /**
   * The job's `permissions:` for GITHUB_TOKEN, by scope; a scope set to 'read' makes that scope's
   * writes 403 `Resource not accessible by integration` (pushes too, for `contents`).
   */
  readonly tokenPermissions: Record<'contents' | 'issues' | 'pull-requests', 'read' | 'write'> = {
    contents: 'write',
    issues: 'write',
    'pull-requests': 'write',
  }
  /**
   * The repository setting "Allow GitHub Actions to create and approve pull requests" (off by
   * default on new organisations): when false, creating a PR with GITHUB_TOKEN is a 403.
   */
  actionsMayCreatePullRequests = true
  /** Whom the API token authenticates as: the author of everything the action writes. */
  viewer: UserRecord
  private lastId = 1000

  constructor(
    readonly urls: Urls,
    /** GIT_PROJECT_ROOT: bare repositories live at `<root>/<owner>/<name>.git`. */
    readonly gitRoot: string,
  ) {
    this.viewer = this.addUser(ACTIONS_BOT.login, { type: 'Bot', id: ACTIONS_BOT.id })
  }

  nextId(): number {
    this.lastId += 1
    return this.lastId
  }

  /** Now, as GitHub prints timestamps (whole seconds, UTC). */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  addUser(
    login: string,
    options: { type?: UserRecord['type']; id?: number; name?: string; email?: string } = {},
  ) {
    const id = options.id ?? this.nextId()
    const type = options.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
    const user: UserRecord = {
      login,
      id,
      nodeId: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
      type,
      name: options.name ?? null,
      email: options.email ?? null,
      createdAt: '2020-01-01T00:00:00Z',
    }
    this.users.set(login.toLowerCase(), user)
    return user
  }

  user(login: string): UserRecord | undefined {
    return this.users.get(login.toLowerCase())
  }

  /** The user, created on first mention so seeds stay short. */
  ensureUser(login: string): UserRecord {
    return this.user(login) ?? this.addUser(login)
  }

  addRepo(options: AddRepoOptions): RepoRecord {
    const repo = this.registerRepo(options, undefined)
    const files = options.files ?? { 'README.md': `# ${options.name}\n` }
    const sha = repo.git.commitFiles(files, 'Initial commit', this.identityOf(repo.owner))
    repo.git.updateRef(`refs/heads/${repo.defaultBranch}`, sha)
    return repo
  }

  /** A fork of `source` owned by `owner`, holding the same branches, as GitHub creates one. */
  addFork(source: string, owner: string, name?: string): RepoRecord {
    const parent = this.repo(source)
    const fork = this.registerRepo(
      { owner, name: name ?? parent.name, defaultBranch: parent.defaultBranch, private: parent.private },
      parent,
    )
    fork.git.git(['fetch', '--quiet', parent.git.gitDir, '+refs/heads/*:refs/heads/*'])
    return fork
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  /** A seeded repository by `owner/name`; throws for a test typo. */
  repo(fullName: string): RepoRecord {
    const repo = this.repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`fake GitHub: no repository ${fullName}`)
    return repo
  }

  setPermission(fullName: string, login: string, permission: Permission): void {
    this.ensureUser(login)
    this.repo(fullName).collaborators.set(login.toLowerCase(), permission)
  }

  /** The role a user has: owners are admins, strangers may read public repositories only. */
  roleOf(repo: RepoRecord, login: string): Permission | 'none' {
    if (repo.owner.login.toLowerCase() === login.toLowerCase() && repo.owner.type === 'User') return 'admin'
    return repo.collaborators.get(login.toLowerCase()) ?? (repo.private ? 'none' : 'read')
  }

  protectBranch(fullName: string, branch: string): void {
    const repo = this.repo(fullName)
    repo.protectedBranches.add(branch)
    repo.git.setProtectedRefs([...repo.protectedBranches].map((name) => `refs/heads/${name}`))
  }

  /** Lets pushes change `.github/workflows/` (a GITHUB_TOKEN never may; a PAT with `workflow` scope can). */
  grantWorkflowsPermission(fullName: string): void {
    this.repo(fullName).git.allowWorkflowChanges(true)
  }

  addIssue(fullName: string, options: AddIssueOptions): IssueRecord {
    const repo = this.repo(fullName)
    const user = options.user ? this.ensureUser(options.user) : this.viewer
    const id = this.nextId()
    const createdAt = this.now()
    const issue: IssueRecord = {
      repo,
      number: repo.nextNumber++,
      id,
      nodeId: nodeId('I', id),
      title: options.title,
      body: options.body ?? null,
      user,
      state: options.state ?? 'open',
      labels: options.labels ?? [],
      assignees: [],
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: options.state === 'closed' ? createdAt : null,
      pull: undefined,
    }
    repo.issues.set(issue.number, issue)
    return issue
  }

  /** The issue or pull request `number`; 404 when there is none. */
  issue(repo: RepoRecord, number: number): IssueRecord {
    const issue = repo.issues.get(number)
    if (!issue) throw notFound()
    return issue
  }

  addComment(fullName: string, issueNumber: number, options: AddCommentOptions): CommentRecord {
    const repo = this.repo(fullName)
    const issue = this.issue(repo, issueNumber)
    const id = this.nextId()
    const createdAt = options.createdAt ?? this.now()
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IC', id),
      repo,
      issueNumber,
      body: options.body,
      user: options.user ? this.ensureUser(options.user) : this.viewer,
      createdAt,
      updatedAt: options.updatedAt ?? createdAt,
    }
    this.comments.set(id, comment)
    issue.updatedAt = comment.updatedAt
    return comment
  }

  /** Adds a reaction, or returns the same user's existing one with `created: false`, as GitHub does. */
  react(subject: ReactionSubject, content: ReactionContent, login?: string) {
    const user = login ? this.ensureUser(login) : this.viewer
    const subjectKey = reactionKey(subject)
    const existing = this.reactions.find(
      (reaction) =>
        reaction.subjectKey === subjectKey && reaction.content === content && reaction.user === user,
    )
    if (existing) return { reaction: existing, created: false }
    const id = this.nextId()
    const reaction: ReactionRecord = {
      id,
      nodeId: nodeId('REA', id),
      content,
      user,
      createdAt: this.now(),
      subjectKey,
    }
    this.reactions.push(reaction)
    return { reaction, created: true }
  }

  reactionsOn(subject: ReactionSubject): ReactionRecord[] {
    const subjectKey = reactionKey(subject)
    return this.reactions.filter((reaction) => reaction.subjectKey === subjectKey)
  }

  /** Commits `files` onto `branch` (created from the default branch if missing), as if pushed. */
  commitToBranch(
    fullName: string,
    branch: string,
    files: Record<string, string>,
    message = 'Update files',
  ): string {
    const repo = this.repo(fullName)
    const parent =
      repo.git.resolveRef(`refs/heads/${branch}`) ?? repo.git.resolveRef(`refs/heads/${repo.defaultBranch}`)
    const sha = repo.git.commitFiles(files, message, this.identityOf(repo.owner), parent)
    repo.git.updateRef(`refs/heads/${branch}`, sha)
    return sha
  }

  identityOf(user: UserRecord, date = this.now()): GitIdentity {
    const email = user.email ?? `${user.id}+${user.login}@users.noreply.github.com`
    return { name: user.name ?? user.login, email, date }
  }

  private registerRepo(options: AddRepoOptions, forkOf: RepoRecord | undefined): RepoRecord {
    const key = `${options.owner}/${options.name}`.toLowerCase()
    if (this.repos.has(key)) throw new ApiError(422, `fake GitHub: ${options.owner}/${options.name} exists`)
    const id = this.nextId()
    const defaultBranch = options.defaultBranch ?? 'main'
    const repo: RepoRecord = {
      id,
      nodeId: nodeId('R', id),
      owner: this.ensureUser(options.owner),
      name: options.name,
      defaultBranch,
      private: options.private ?? false,
      description: options.description ?? null,
      createdAt: this.now(),
      git: BareRepo.create(join(this.gitRoot, options.owner, `${options.name}.git`), defaultBranch),
      forkOf,
      collaborators: new Map(),
      protectedBranches: new Set(),
      nextNumber: 1,
      issues: new Map(),
    }
    this.repos.set(key, repo)
    return repo
  }
}

export function reactionKey(subject: ReactionSubject): string {
  return subject.kind === 'issue'
    ? `issue:${subject.repo.id}#${subject.number}`
    : `${subject.kind}:${subject.id}`
}

/** GitHub's opaque global ids look like base64 of a type prefix and a number. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`
}

/** Fetches `ref` from another bare repository into `target` (for fork pull-request refs). */
export function fetchInto(target: BareRepo, source: BareRepo, sourceRef: string, targetRef: string): void {
  execFileSync('git', ['fetch', '--quiet', '--no-tags', source.gitDir, `+${sourceRef}:${targetRef}`], {
    cwd: target.gitDir,
    env: { ...process.env, ...ISOLATED_GIT_ENV, GIT_DIR: target.gitDir },
    stdio: 'ignore',
  })
}
