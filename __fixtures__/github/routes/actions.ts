// Workflow runs, their jobs, and job logs (a redirect to a plain-text URL on another origin, which
// the client fetches without the API token, as with GitHub's signed log URLs).
import { notFound } from '../errors.js'
import type { JobRecord, RepoRecord, WorkflowRunRecord } from '../model.js'
import { renderRepo, renderUser, repoApiUrl, repoHtmlUrl } from '../render.js'
import type { GitHubState } from '../state.js'
import { type ApiRequest, type Handler, intParam, ok, repoOf } from './common.js'

type Json = Record<string, unknown>

function runOf(request: ApiRequest): WorkflowRunRecord {
  const repo = repoOf(request)
  const run = request.state.runs.get(intParam(request, 'run_id'))
  if (!run || run.repo !== repo) throw notFound()
  return run
}

function jobOf(request: ApiRequest): { job: JobRecord; run: WorkflowRunRecord } {
  const repo = repoOf(request)
  const job = request.state.jobs.get(intParam(request, 'job_id'))
  const run = job ? request.state.runs.get(job.runId) : undefined
  if (!job || !run || run.repo !== repo) throw notFound()
  return { job, run }
}

function minimalRepo(state: GitHubState, repo: RepoRecord): Json {
  return renderRepo(state, repo, undefined, false)
}

function renderRun(state: GitHubState, run: WorkflowRunRecord): Json {
  const api = `${repoApiUrl(state, run.repo)}/actions/runs/${run.id}`
  const commit = run.repo.git.readCommit(run.headSha)
  const pulls = run.pullNumbers.flatMap((number) => {
    const issue = run.repo.issues.get(number)
    if (!issue?.pull) return []
    const side = (ref: string, sha: string, repo: RepoRecord) => ({
      ref,
      sha,
      repo: { id: repo.id, url: repoApiUrl(state, repo), name: repo.name },
    })
    return [
      {
        id: issue.pull.id,
        number,
        url: `${repoApiUrl(state, run.repo)}/pulls/${number}`,
        head: side(issue.pull.headRef, issue.pull.headSha, issue.pull.headRepo),
        base: side(issue.pull.baseRef, issue.pull.baseSha, run.repo),
      },
    ]
  })
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    check_suite_id: run.id + 1,
    check_suite_node_id: `CS_${run.id + 1}`,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: commit?.message.split('\n')[0] ?? run.name,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api,
    html_url: `${repoHtmlUrl(state, run.repo)}/actions/runs/${run.id}`,
    pull_requests: pulls,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: renderUser(state, run.actor),
    triggering_actor: renderUser(state, run.actor),
    run_attempt: run.runAttempt,
    run_started_at: run.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApiUrl(state, run.repo)}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${api}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoApiUrl(state, run.repo)}/actions/workflows/${run.workflowId}`,
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.tree,
          message: commit.message.replace(/\n$/, ''),
          timestamp: commit.committer.date,
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email },
        }
      : null,
    repository: minimalRepo(state, run.repo),
    head_repository: minimalRepo(state, run.repo),
  }
}

function renderJob(state: GitHubState, run: WorkflowRunRecord, job: JobRecord): Json {
  const repoApi = repoApiUrl(state, run.repo)
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${repoApi}/actions/runs/${run.id}`,
    run_attempt: run.runAttempt,
    node_id: job.nodeId,
    head_sha: run.headSha,
    url: `${repoApi}/actions/jobs/${job.id}`,
    html_url: `${repoHtmlUrl(state, run.repo)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((step) => ({
      ...step,
      started_at: job.startedAt,
      completed_at: job.completedAt,
    })),
    check_run_url: `${repoApi}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 0,
    runner_group_name: 'GitHub Actions',
    workflow_name: run.name,
    head_branch: run.headBranch,
  }
}

export const actionsRoutes: Record<string, Handler> = {
  'actions/get-workflow-run': (request) => ok(renderRun(request.state, runOf(request))),

  'actions/list-workflow-runs-for-repo': (request) => {
    const repo = repoOf(request)
    const { query } = request
    const runs = [...request.state.runs.values()]
      .filter((run) => run.repo === repo)
      .filter((run) => !query.get('branch') || run.headBranch === query.get('branch'))
      .filter((run) => !query.get('event') || run.event === query.get('event'))
      .filter((run) => !query.get('head_sha') || run.headSha === query.get('head_sha'))
      .filter(
        (run) =>
          !query.get('status') ||
          run.status === query.get('status') ||
          run.conclusion === query.get('status'),
      )
      .sort((a, b) => b.id - a.id)
    return ok({ total_count: runs.length, workflow_runs: runs.map((run) => renderRun(request.state, run)) })
  },

  'actions/list-jobs-for-workflow-run': (request) => {
    const run = runOf(request)
    return ok({
      total_count: run.jobs.length,
      jobs: run.jobs.map((job) => renderJob(request.state, run, job)),
    })
  },

  'actions/list-jobs-for-workflow-run-attempt': (request) => {
    const run = runOf(request)
    if (intParam(request, 'attempt_number') !== run.runAttempt) throw notFound()
    return ok({
      total_count: run.jobs.length,
      jobs: run.jobs.map((job) => renderJob(request.state, run, job)),
    })
  },

  'actions/get-job-for-workflow-run': (request) => {
    const { job, run } = jobOf(request)
    return ok(renderJob(request.state, run, job))
  },

  'actions/download-job-logs-for-workflow-run': (request) => {
    const { job } = jobOf(request)
    const location = `${request.state.urls.logs}/_fake/job-logs/${job.id}?sig=fake-signature`
    return { status: 302, headers: { location } }
  },
}
