// The retry policy for model requests, independent of any SDK: the adapter says which failures
// are transient (classify) and how long the server asked us to wait; this decides when to try again
// and when to give up. Exponential backoff with jitter, unless the server named a delay.
import { errorMessage } from '../common/errors.js'

export interface RetryDecision {
  retryable: boolean
  /** The delay the server asked for (Retry-After, retry-after-ms, "try again in 2s"). */
  retryAfterMs?: number | undefined
}

export interface RetryInfo {
  /** 1-based number of the attempt that failed. */
  attempt: number
  /** Attempts allowed in total (maxRetries + 1). */
  maxAttempts: number
  delayMs: number
  error: unknown
}

export interface RetryOptions {
  /** Retries after the first attempt; maxRetries + 1 attempts at most. */
  maxRetries: number
  classify: (error: unknown) => RetryDecision
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined
  signal?: AbortSignal | undefined
  onRetry?: ((info: RetryInfo) => void) | undefined
  /** For tests: the jitter source (Math.random). */
  random?: (() => number) | undefined
}

/** Thrown when the attempts are over: the last error, and how many attempts were made. */
export class RetriesFailedError extends Error {
  readonly lastError: unknown
  readonly attempts: number
  /** True when the last error was transient and we stopped only because attempts ran out. */
  readonly exhausted: boolean
  constructor(lastError: unknown, attempts: number, exhausted: boolean) {
    const plural = attempts === 1 ? 'attempt' : 'attempts'
    super(`failed after ${attempts} ${plural}: ${errorMessage(lastError)}`, { cause: lastError })
    this.name = 'RetriesFailedError'
    this.lastError = lastError
    this.attempts = attempts
    this.exhausted = exhausted
  }
}

export const BASE_DELAY_MS = 200
export const MAX_BACKOFF_MS = 10_000
export const MAX_RETRY_AFTER_MS = 60_000

/** Backoff before retry number `retryIndex` (0 for the first retry): 200 ms · 2^n, ±10 %, ≤ 10 s. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const exponential = Math.min(BASE_DELAY_MS * 2 ** retryIndex, MAX_BACKOFF_MS)
  return Math.round(exponential * (0.9 + 0.2 * random()))
}

/**
 * The delay a response asks for: `retry-after-ms` (OpenAI's, milliseconds) first, then `retry-after`
 * as seconds or an HTTP date. Capped, so a hostile or confused server cannot park us for an hour.
 */
export function retryAfterMsFromHeaders(
  header: (name: string) => string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const ms = parseNonNegative(header('retry-after-ms'))
  if (ms !== undefined) return Math.min(ms, MAX_RETRY_AFTER_MS)
  const value = header('retry-after')?.trim()
  if (!value) return undefined
  const seconds = parseNonNegative(value)
  if (seconds !== undefined) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS)
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS)
}

/**
 * When a 429 names no Retry-After: the reset of the exhausted rate-limit window, from OpenAI's and
 * Groq's `x-ratelimit-reset-requests` / `-tokens` ("1s", "6m0s", "250ms") or the IETF draft's
 * `ratelimit-reset` (seconds). The longest one wins; capped like Retry-After.
 */
export function rateLimitResetMs(header: (name: string) => string | null | undefined): number | undefined {
  const resets = [
    durationMs(header('x-ratelimit-reset-requests')),
    durationMs(header('x-ratelimit-reset-tokens')),
    secondsMs(header('ratelimit-reset')),
  ].filter((ms): ms is number => ms !== undefined)
  return resets.length === 0 ? undefined : Math.min(Math.max(...resets), MAX_RETRY_AFTER_MS)
}

function durationMs(value: string | null | undefined): number | undefined {
  const text = value?.trim()
  if (!text || !/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(text)) return secondsMs(text)
  let total = 0
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(amount) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h']
  }
  return Math.round(total)
}

function secondsMs(value: string | null | undefined): number | undefined {
  const seconds = parseNonNegative(value)
  return seconds === undefined ? undefined : seconds * 1000
}

/**
 * Spaces request starts at least 60 000 / requests_per_minute ms apart within this process, for
 * free tiers (ModelScope) and plans that cap requests per minute. A matrix of N agents sharing one
 * plan gives each 1/N of the plan's limit.
 */
export class RequestPacer {
  private next = 0
  private readonly intervalMs: number
  constructor(requestsPerMinute: number) {
    this.intervalMs = 60_000 / requestsPerMinute
  }
  async wait(signal?: AbortSignal): Promise<void> {
    const now = Date.now()
    const start = Math.max(now, this.next)
    this.next = start + this.intervalMs
    if (start > now) await sleepMs(start - now, signal)
  }
}

/** "Please try again in 1.5s" / "in 250ms": the hint rate-limit messages carry when headers do not. */
export function retryAfterMsFromMessage(message: string): number | undefined {
  const match = /try again in\s+(\d+(?:\.\d+)?)\s*(ms|s|seconds?)\b/i.exec(message)
  if (!match?.[1] || !match[2]) return undefined
  const amount = Number(match[1])
  const ms = match[2].toLowerCase() === 'ms' ? amount : amount * 1000
  return Math.min(ms, MAX_RETRY_AFTER_MS)
}

export function sleepMs(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Runs `attempt(n)` (n = 0 for the first attempt) until it succeeds, a failure is not retryable,
 * `maxRetries` retries are spent, or `signal` aborts. Every failure ends in RetriesFailedError.
 */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const maxAttempts = Math.max(0, Math.floor(options.maxRetries)) + 1
  const sleep = options.sleep ?? sleepMs
  for (let n = 0; ; n++) {
    try {
      if (options.signal?.aborted) throw abortReason(options.signal)
      return await attempt(n)
    } catch (error) {
      const decision = options.signal?.aborted ? { retryable: false } : options.classify(error)
      if (!decision.retryable) throw new RetriesFailedError(error, n + 1, false)
      if (n + 1 >= maxAttempts) throw new RetriesFailedError(error, n + 1, true)
      const random = options.random ?? Math.random
      // Up to 10 % more than the server asked, so parallel agents told the same delay do not all
      // come back in the same instant; never less.
      const delayMs =
        decision.retryAfterMs === undefined
          ? backoffMs(n, random)
          : decision.retryAfterMs + Math.floor(decision.retryAfterMs * 0.1 * random())
      options.onRetry?.({ attempt: n + 1, maxAttempts, delayMs, error })
      try {
        await sleep(delayMs, options.signal)
      } catch (sleepError) {
        throw new RetriesFailedError(sleepError, n + 1, false)
      }
    }
  }
}

function parseNonNegative(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new Error('aborted')
}
