// JSON for users, repositories, issues, comments and reactions, with every field GitHub's schemas
// require, and URLs built from the configured API and server URLs (so GHES layouts work).
import type { CommentRecord, IssueRecord, ReactionRecord, RepoRecord, UserRecord } from './model.js'
import type { GitHubState } from './state.js'
import { reactionKey } from './state-core.js'

type Json = Record<string, unknown>

const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const

export function renderUser(state: GitHubState, user: UserRecord): Json {
  const api = `${state.urls.api}/users/${encodeURIComponent(user.login)}`
  const htmlPath = user.type === 'Bot' ? `apps/${user.login.replace(/\[bot\]$/, '')}` : user.login
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `${state.urls.web}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${state.urls.web}/${htmlPath}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  }
}

/** The public profile, as GET /users/{username} returns it. */
export function renderPublicUser(state: GitHubState, user: UserRecord): Json {
  return {
    ...renderUser(state, user),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: [...state.repos.values()].filter((repo) => repo.owner === user && !repo.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.createdAt,
    updated_at: user.createdAt,
  }
}

export function repoApiUrl(state: GitHubState, repo: RepoRecord): string {
  return `${state.urls.api}/repos/${repo.owner.login}/${repo.name}`
}

export function repoHtmlUrl(state: GitHubState, repo: RepoRecord): string {
  return `${state.urls.web}/${repo.owner.login}/${repo.name}`
}

/** Fits `repository`, `full-repository` and `minimal-repository` alike. */
export function renderRepo(
  state: GitHubState,
  repo: RepoRecord,
  viewer?: UserRecord,
  withParent = true,
): Json {
  const api = repoApiUrl(state, repo)
  const html = repoHtmlUrl(state, repo)
  const openIssues = [...repo.issues.values()].filter((issue) => issue.state === 'open').length
  const forks = [...state.repos.values()].filter((other) => other.forkOf === repo).length
  const pushedAt = repo.git.readCommit(repo.git.resolveRef(`refs/heads/${repo.defaultBranch}`) ?? '')
    ?.committer.date
  const role = viewer ? state.roleOf(repo, viewer.login) : undefined
  const parent = withParent && repo.forkOf ? renderRepo(state, repo.forkOf, undefined, false) : undefined
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner.login}/${repo.name}`,
    owner: renderUser(state, repo.owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: repo.description,
    fork: repo.forkOf !== undefined,
    url: api,
    ...repoTemplateUrls(api),
    git_url: `${html.replace(/^https?:/, 'git:')}.git`,
    ssh_url: `git@${new URL(state.urls.web).hostname}:${repo.owner.login}/${repo.name}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: forks,
    forks,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: pushedAt ?? repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: forks,
    subscribers_count: 0,
    ...(role
      ? {
          permissions: {
            admin: role === 'admin',
            maintain: ['admin', 'maintain'].includes(role),
            push: ['admin', 'maintain', 'write'].includes(role),
            triage: role !== 'read' && role !== 'none',
            pull: role !== 'none',
          },
        }
      : {}),
    ...(parent ? { parent, source: parent } : {}),
  }
}

function repoTemplateUrls(api: string): Json {
  const names: Record<string, string> = {
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  }
  return Object.fromEntries(Object.entries(names).map(([key, suffix]) => [key, `${api}${suffix}`]))
}

export function authorAssociation(repo: RepoRecord, user: UserRecord): string {
  if (repo.owner === user) return 'OWNER'
  if (repo.collaborators.has(user.login.toLowerCase())) return 'COLLABORATOR'
  return 'NONE'
}

export function renderReactionRollup(state: GitHubState, url: string, subjectKey: string): Json {
  const reactions = state.reactions.filter((reaction) => reaction.subjectKey === subjectKey)
  const counts = Object.fromEntries(
    REACTION_CONTENTS.map((content) => [content, reactions.filter((r) => r.content === content).length]),
  )
  return { url: `${url}/reactions`, total_count: reactions.length, ...counts }
}

export function renderReaction(state: GitHubState, reaction: ReactionRecord): Json {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: renderUser(state, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  }
}

export function renderLabel(state: GitHubState, repo: RepoRecord, name: string): Json {
  const id = [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1_000_000_007, 7)
  return {
    id,
    node_id: `LA_${id}`,
    url: `${repoApiUrl(state, repo)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  }
}

export function issueHtmlUrl(state: GitHubState, issue: IssueRecord): string {
  return `${repoHtmlUrl(state, issue.repo)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`
}

export function renderIssue(state: GitHubState, issue: IssueRecord): Json {
  const api = `${repoApiUrl(state, issue.repo)}/issues/${issue.number}`
  const comments = [...state.comments.values()].filter(
    (comment) => comment.repo === issue.repo && comment.issueNumber === issue.number,
  )
  const assignees = issue.assignees.map((login) => renderUser(state, state.ensureUser(login)))
  const pullApi = `${repoApiUrl(state, issue.repo)}/pulls/${issue.number}`
  const html = issueHtmlUrl(state, issue)
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: repoApiUrl(state, issue.repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    timeline_url: `${api}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' ? 'completed' : null,
    title: issue.title,
    body: issue.body,
    user: renderUser(state, issue.user),
    labels: issue.labels.map((name) => renderLabel(state, issue.repo, name)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: comments.length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(issue.repo, issue.user),
    reactions: renderReactionRollup(
      state,
      api,
      reactionKey({ kind: 'issue', repo: issue.repo, number: issue.number }),
    ),
    ...(issue.pull
      ? {
          draft: issue.pull.draft,
          pull_request: {
            url: pullApi,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.mergedAt,
          },
        }
      : {}),
  }
}

export function renderComment(state: GitHubState, comment: CommentRecord): Json {
  const repoApi = repoApiUrl(state, comment.repo)
  const issue = comment.repo.issues.get(comment.issueNumber)
  const url = `${repoApi}/issues/comments/${comment.id}`
  const issueHtml = issue
    ? issueHtmlUrl(state, issue)
    : `${repoHtmlUrl(state, comment.repo)}/issues/${comment.issueNumber}`
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url,
    html_url: `${issueHtml}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(state, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(comment.repo, comment.user),
    performed_via_github_app: null,
    reactions: renderReactionRollup(state, url, reactionKey({ kind: 'issue_comment', id: comment.id })),
  }
}
