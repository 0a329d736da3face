// The one place an Octokit is built: @actions/github's getOctokit (REST methods, the paginate
// plugin, GITHUB_API_URL for GitHub Enterprise Server) plus retries for transient failures and
// throttling that waits out primary and secondary rate limits instead of failing the run. Requests
// go through the proxy the environment names (net/proxy.ts), as the model's do.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit } from '@octokit/rest'
import { isLoopbackUrl, proxyFetch } from '../net/proxy.js'

/**
 * @octokit/rest's client as getOctokit builds it: `rest.*` endpoint methods and `paginate`, without
 * the legacy top-level shortcuts (`octokit.issues…`) that only @octokit/rest's own class adds.
 */
export type GitHubClient = Pick<
  Octokit,
  'rest' | 'paginate' | 'request' | 'graphql' | 'log' | 'hook' | 'auth'
>

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
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default: this process's environment). */
  env?: NodeJS.ProcessEnv | undefined
}

/** Rate-limit waits longer than this fail the request rather than stall the job. */
const MAX_RATE_LIMIT_WAIT_S = 120

/** One page of a listing holds at most this many items; `paginate` asks for full pages. */
export const PER_PAGE = 100

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => {})
  // Both kinds of limit: wait and retry twice, unless GitHub asks for a wait too long for a job.
  const retryUnlessTooLong =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
      return retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: 'codex-pr-action',
      // getOctokit decides on a proxy once, for the GITHUB_API_URL it saw at import; this fetch
      // decides per request, for the URL actually asked, with the same NO_PROXY rules as the model.
      request: { retries: options.retries ?? 3, fetch: proxyFetch(options.env ?? process.env) },
      throttle: {
        enabled: options.throttle ?? !isLoopbackUrl(options.apiUrl),
        onRateLimit: retryUnlessTooLong('rate limit'),
        onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
}
