// The one place an Octokit is built. Base URL from GITHUB_API_URL (GitHub Enterprise Server
// works), retries for transient failures, and throttling that waits out primary and secondary
// rate limits instead of failing the run.
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

const GitHubOctokit = Octokit.plugin(restEndpointMethods, retry, throttling)

export type GitHubClient = InstanceType<typeof GitHubOctokit>

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghes.example/api/v3. */
  apiUrl: string
  log?: ((line: string) => void) | undefined
  /** Retries of a failed request (the retry plugin's default is 3). */
  retries?: number | undefined
  /**
   * Space requests out as GitHub asks (the throttling plugin). Defaults to on for any real GitHub
   * and off for a loopback API URL, where nothing rate-limits and the ~1 s spacing of writes only
   * slows the local GitHub the tests run against.
   */
  throttle?: boolean | undefined
}

/** True for an API URL on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackApiUrl(apiUrl: string): boolean {
  let host: string
  try {
    host = new URL(apiUrl).hostname
  } catch {
    return false
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Rate-limit waits longer than this fail the request rather than stall the job. */
const MAX_RATE_LIMIT_WAIT_S = 120

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => {})
  // Both kinds of limit: wait and retry twice, unless GitHub asks for a wait too long for a job.
  const retryUnlessTooLong =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
      return retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
    }
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'codex-pr-action',
    request: { retries: options.retries ?? 3 },
    throttle: {
      enabled: options.throttle ?? !isLoopbackApiUrl(options.apiUrl),
      onRateLimit: retryUnlessTooLong('rate limit'),
      onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit'),
    },
  })
}
