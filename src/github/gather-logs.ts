// The failed jobs of a CI run and the tail of each one's log, the part that says why it failed.
// GitHub answers the log request with a redirect to a plain-text URL; the body is streamed and only
// a tail is kept, as a busy job's log can run to hundreds of megabytes.
import { PER_PAGE, type GitHubClient } from './client.js'
import { statusOf } from './errors.js'
import { quoteAsData, stripInvisible } from './sanitize.js'
import type { FailedRun, RepoRef } from './types.js'

const DEFAULT_LOG_BYTES = 20_000
const MAX_LOG_LINES = 200
/** More failed jobs than this (a matrix gone red) are named but their logs are not fetched. */
const MAX_JOBS_WITH_LOGS = 5

const FAILED = new Set(['failure', 'timed_out'])

export async function failedJobLogs(
  client: GitHubClient,
  repo: RepoRef,
  run: FailedRun,
  maxLogBytes = DEFAULT_LOG_BYTES,
  log: (line: string) => void,
): Promise<string[]> {
  const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
    owner: repo.owner,
    repo: repo.repo,
    run_id: run.id,
    filter: 'latest',
    per_page: PER_PAGE,
  })
  const failed = jobs.filter((job) => FAILED.has(job.conclusion ?? ''))
  const about = quoteAsData(
    `The failed CI run ${run.htmlUrl}`,
    `Workflow: ${stripInvisible(run.name)}\nBranch: ${stripInvisible(run.headBranch)}\nCommit: ${run.headSha}`,
  )
  if (failed.length === 0) {
    log(`workflow run ${run.id} lists no failed job`)
    return [about, `(The failed run ${run.htmlUrl} lists no failed job, so no log is quoted.)`]
  }
  const blocks: string[] = [about]
  for (const job of failed.slice(0, MAX_JOBS_WITH_LOGS)) {
    const steps = (job.steps ?? [])
      .filter((step) => FAILED.has(step.conclusion ?? ''))
      .map((step) => step.name)
    const failedSteps = steps.length > 0 ? `, failed step: ${steps.join(', ')}` : ''
    const tail = await jobLogTail(client, repo, job.id, maxLogBytes).catch((error: unknown) => {
      const reason = statusOf(error)
        ? `HTTP ${statusOf(error)}`
        : error instanceof Error
          ? error.message
          : String(error)
      log(`could not fetch the log of job ${job.id}: ${reason}`)
      return `(log unavailable: ${reason})`
    })
    blocks.push(quoteAsData(`End of the log of failed job '${job.name}'${failedSteps}`, tail))
  }
  const skipped = failed.slice(MAX_JOBS_WITH_LOGS).map((job) => job.name)
  if (skipped.length > 0) blocks.push(`(Other failed jobs, logs not quoted: ${skipped.join(', ')})`)
  return blocks
}

/** The last lines of a job's log within `maxBytes`, without timestamps, colours or invisible characters. */
async function jobLogTail(
  client: GitHubClient,
  repo: RepoRef,
  jobId: number,
  maxBytes: number,
): Promise<string> {
  const response = await client.rest.actions.downloadJobLogsForWorkflowRun({
    owner: repo.owner,
    repo: repo.repo,
    job_id: jobId,
    request: { parseSuccessResponseBody: false },
  })
  // Raw bytes to keep: timestamps and colour codes, dropped below, can take half of each line.
  const raw = await readTail(response.data as unknown, Math.max(maxBytes * 4, 256 * 1024))
  return tailOfLog(raw, maxBytes)
}

/** Cleans a raw job log and keeps its last lines within `maxBytes`; exported for the tests. */
export function tailOfLog(raw: string, maxBytes: number): string {
  const lines = stripInvisible(
    raw
      .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
      .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
      .replace(/^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/gm, ''),
  )
    .replace(/\n+$/, '')
    .split('\n')
  const kept: string[] = []
  let size = 0
  for (const line of lines.slice(-MAX_LOG_LINES).reverse()) {
    size += Buffer.byteLength(line) + 1
    if (size > maxBytes) break
    kept.unshift(line)
  }
  const dropped = lines.length - kept.length
  return dropped > 0 ? `(${dropped} earlier line(s) left out)\n${kept.join('\n')}` : kept.join('\n')
}

/** The last `keep` bytes of a streamed body, cut at a line start so no character is split. */
async function readTail(body: unknown, keep: number): Promise<string> {
  if (typeof body === 'string') return body
  if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8')
  if (!isAsyncIterable(body)) return ''
  let chunks: Buffer[] = []
  let held = 0
  let truncated = false
  for await (const chunk of body) {
    const buffer = Buffer.from(chunk instanceof Uint8Array ? chunk : String(chunk))
    chunks.push(buffer)
    held += buffer.length
    if (held > keep * 2) {
      const joined = Buffer.concat(chunks)
      chunks = [joined.subarray(joined.length - keep)]
      held = keep
      truncated = true
    }
  }
  const tail = Buffer.concat(chunks)
  const start = truncated ? tail.indexOf(0x0a) + 1 : 0
  return tail.subarray(start).toString('utf8')
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}
