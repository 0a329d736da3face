import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { startFakeGitHub } from './server.js'
const t0 = Date.now()
const gh = await startFakeGitHub()
console.log('start ms', Date.now() - t0)
const MyOctokit = Octokit.plugin(restEndpointMethods)
const octokit = new MyOctokit({ auth: gh.token, baseUrl: gh.apiUrl })
gh.state.addRepo({ owner: 'acme', name: 'widget', files: { 'README.md': 'hi\n', 'src/a.ts': 'export const a = 1\n' } })
gh.state.setPermission('acme/widget', 'alice', 'write')
gh.state.addUser('bob')
const issue = gh.state.addIssue('acme/widget', { title: 'Bug', body: 'it breaks', user: 'bob' })
gh.state.addComment('acme/widget', issue.number, { body: '/codex fix', user: 'alice' })
const calls: Array<[string, () => Promise<unknown>]> = [
  ['repo', () => octokit.rest.repos.get({ owner: 'acme', repo: 'widget' })],
  ['perm', () => octokit.rest.repos.getCollaboratorPermissionLevel({ owner: 'acme', repo: 'widget', username: 'alice' })],
  ['user', () => octokit.rest.users.getByUsername({ username: 'bob' })],
  ['issue', () => octokit.rest.issues.get({ owner: 'acme', repo: 'widget', issue_number: 1 })],
  ['comments', () => octokit.rest.issues.listComments({ owner: 'acme', repo: 'widget', issue_number: 1 })],
  ['create comment', () => octokit.rest.issues.createComment({ owner: 'acme', repo: 'widget', issue_number: 1, body: 'on it' })],
  ['react', () => octokit.rest.reactions.createForIssueComment({ owner: 'acme', repo: 'widget', comment_id: 1006, content: 'eyes' })],
  ['content', () => octokit.rest.repos.getContent({ owner: 'acme', repo: 'widget', path: 'src/a.ts' })],
  ['dir', () => octokit.rest.repos.getContent({ owner: 'acme', repo: 'widget', path: 'src' })],
  ['ref', () => octokit.rest.git.getRef({ owner: 'acme', repo: 'widget', ref: 'heads/main' })],
  ['branch', () => octokit.rest.repos.getBranch({ owner: 'acme', repo: 'widget', branch: 'main' })],
]
for (const [name, call] of calls) {
  try { const r = await call() as { status: number }; console.log(name, r.status) } catch (e) { console.log(name, 'ERR', (e as Error).message) }
}
gh.state.commitToBranch('acme/widget', 'feature', { 'src/a.ts': 'export const a = 2\n' })
try {
  const pr = await octokit.rest.pulls.create({ owner: 'acme', repo: 'widget', title: 't', head: 'feature', base: 'main', draft: true })
  console.log('pr', pr.status, pr.data.number, pr.data.changed_files, pr.data.mergeable)
  await octokit.rest.pulls.create({ owner: 'acme', repo: 'widget', title: 't', head: 'feature', base: 'main' }).catch((e) => console.log('dup', e.status, e.message))
  const list = await octokit.rest.pulls.list({ owner: 'acme', repo: 'widget', head: 'acme:feature' })
  console.log('list', list.data.length)
  const files = await octokit.rest.pulls.listFiles({ owner: 'acme', repo: 'widget', pull_number: pr.data.number })
  console.log('files', files.data.map((f) => [f.filename, f.status, f.patch]))
  const c = await octokit.rest.pulls.listCommits({ owner: 'acme', repo: 'widget', pull_number: pr.data.number })
  console.log('commits', c.data.length)
  const rc = await octokit.rest.pulls.createReviewComment({ owner: 'acme', repo: 'widget', pull_number: pr.data.number, body: 'x', commit_id: pr.data.head.sha, path: 'src/a.ts', line: 1 })
  const reply = await octokit.rest.pulls.createReplyForReviewComment({ owner: 'acme', repo: 'widget', pull_number: pr.data.number, comment_id: rc.data.id, body: 'y' })
  console.log('reply', reply.data.in_reply_to_id === rc.data.id)
  const rv = await octokit.rest.pulls.listReviews({ owner: 'acme', repo: 'widget', pull_number: pr.data.number })
  console.log('reviews', rv.data.length)
} catch (e) { console.log('ERR', e) }
const run = gh.state.addWorkflowRun('acme/widget', { jobs: [{ name: 'test', conclusion: 'failure', log: 'FAIL src/a.test.ts\n' }] })
const jobs = await octokit.rest.actions.listJobsForWorkflowRun({ owner: 'acme', repo: 'widget', run_id: run.id })
const log = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner: 'acme', repo: 'widget', job_id: jobs.data.jobs[0]!.id })
console.log('log', log.status, log.data)
await octokit.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'widget', run_id: run.id })
// git data
const blob = await octokit.rest.git.createBlob({ owner: 'acme', repo: 'widget', content: 'new\n' })
const base = await octokit.rest.git.getRef({ owner: 'acme', repo: 'widget', ref: 'heads/main' })
const tree = await octokit.rest.git.createTree({ owner: 'acme', repo: 'widget', base_tree: base.data.object.sha, tree: [{ path: 'docs/new.md', mode: '100644', type: 'blob', sha: blob.data.sha }] })
const commit = await octokit.rest.git.createCommit({ owner: 'acme', repo: 'widget', message: 'api commit', tree: tree.data.sha, parents: [base.data.object.sha] })
const ref = await octokit.rest.git.createRef({ owner: 'acme', repo: 'widget', ref: 'refs/heads/api-branch', sha: commit.data.sha })
console.log('git data', commit.data.verification.verified, ref.status)
const t = await octokit.rest.git.getTree({ owner: 'acme', repo: 'widget', tree_sha: tree.data.sha, recursive: 'true' })
console.log(t.data.tree.map((e) => e.path))
await octokit.request('GET /repos/{owner}/{repo}/nonsense', { owner: 'acme', repo: 'widget' }).catch((e) => console.log('nonsense', e.status))
await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'widget', title: 1, head: 'x', base: 'main' }).catch((e) => console.log('bad', e.status))
console.log(JSON.stringify(gh.violations, null, 1).slice(0, 5000))
await gh.close()
