// The retry policy on its own: delays, Retry-After parsing, and when it stops.
import { describe, expect, it } from 'vitest'
import {
  backoffMs,
  RetriesFailedError,
  retryAfterMsFromHeaders,
  rateLimitResetMs,
  retryAfterMsFromMessage,
  withRetries,
} from '../../src/model/retry.js'

const headers =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name]

describe('rateLimitResetMs', () => {
  it('reads the rate-limit reset headers, the longest window first, capped at a minute', () => {
    expect(
      rateLimitResetMs(headers({ 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-reset-tokens': '6m0s' })),
    ).toBe(60_000)
    expect(
      rateLimitResetMs(
        headers({ 'x-ratelimit-reset-requests': '2.5s', 'x-ratelimit-reset-tokens': '250ms' }),
      ),
    ).toBe(2500)
    expect(rateLimitResetMs(headers({ 'x-ratelimit-reset-requests': '1m30s' }))).toBe(60_000)
    expect(rateLimitResetMs(headers({ 'ratelimit-reset': '12' }))).toBe(12_000)
    expect(rateLimitResetMs(headers({ 'x-ratelimit-reset-tokens': 'later' }))).toBeUndefined()
    expect(rateLimitResetMs(headers({}))).toBeUndefined()
  })
})

describe('backoffMs', () => {
  it('doubles from 200 ms with ±10 % jitter and caps at about 10 s', () => {
    expect(backoffMs(0, () => 0)).toBe(180)
    expect(backoffMs(0, () => 1)).toBe(220)
    expect(backoffMs(3, () => 0.5)).toBe(1600)
    expect(backoffMs(30, () => 1)).toBe(11_000)
  })
})

describe('retryAfterMsFromHeaders', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')

  it('prefers retry-after-ms, then reads retry-after as seconds or an HTTP date', () => {
    expect(retryAfterMsFromHeaders(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250)
    expect(retryAfterMsFromHeaders(headers({ 'retry-after': '2' }), now)).toBe(2000)
    expect(retryAfterMsFromHeaders(headers({ 'retry-after': '1.5' }), now)).toBe(1500)
    expect(retryAfterMsFromHeaders(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(
      3000,
    )
  })

  it('caps long delays at a minute and ignores what it cannot read', () => {
    expect(retryAfterMsFromHeaders(headers({ 'retry-after': '3600' }), now)).toBe(60_000)
    expect(retryAfterMsFromHeaders(headers({ 'retry-after': 'soon' }), now)).toBeUndefined()
    expect(retryAfterMsFromHeaders(headers({ 'retry-after-ms': '-5' }), now)).toBeUndefined()
    expect(retryAfterMsFromHeaders(headers({}), now)).toBeUndefined()
  })

  it('reads the hint rate-limit messages carry', () => {
    expect(retryAfterMsFromMessage('Rate limit reached. Please try again in 1.2s. Visit ...')).toBe(1200)
    expect(retryAfterMsFromMessage('Please try again in 350ms.')).toBe(350)
    expect(retryAfterMsFromMessage('Something else')).toBeUndefined()
  })
})

describe('withRetries', () => {
  function recorder(): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
    const sleeps: number[] = []
    return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) }
  }

  it('retries transient failures and returns the first success', async () => {
    const { sleeps, sleep } = recorder()
    const attempts: number[] = []
    const result = await withRetries(
      async (n) => {
        attempts.push(n)
        if (n < 2) throw new Error(`transient ${n}`)
        return 'ok'
      },
      { maxRetries: 5, classify: () => ({ retryable: true }), sleep },
    )
    expect(result).toBe('ok')
    expect(attempts).toEqual([0, 1, 2])
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(180)
    expect(sleeps[1]).toBeGreaterThanOrEqual(360)
  })

  it('waits as long as the server asked instead of backing off', async () => {
    const { sleeps, sleep } = recorder()
    let calls = 0
    await withRetries(
      async () => {
        if (calls++ === 0) throw new Error('429')
        return 'ok'
      },
      { maxRetries: 1, classify: () => ({ retryable: true, retryAfterMs: 7 }), sleep, random: () => 0 },
    )
    expect(sleeps).toEqual([7])
  })

  it('adds up to 10 % jitter to the delay the server asked for, never less', async () => {
    const delays: number[] = []
    for (const random of [() => 0, () => 0.5, () => 0.999]) {
      const { sleeps, sleep } = recorder()
      let calls = 0
      await withRetries(
        async () => {
          if (calls++ === 0) throw new Error('429')
          return 'ok'
        },
        { maxRetries: 1, classify: () => ({ retryable: true, retryAfterMs: 2000 }), sleep, random },
      )
      delays.push(...sleeps)
    }
    expect(delays).toEqual([2000, 2100, 2199])
  })

  it('stops at maxRetries + 1 attempts and says how many were made', async () => {
    const { sleep } = recorder()
    let calls = 0
    const error = await withRetries(
      async () => {
        calls++
        throw new Error('HTTP 500')
      },
      { maxRetries: 2, classify: () => ({ retryable: true }), sleep },
    ).catch((thrown: unknown) => thrown)
    expect(calls).toBe(3)
    expect(error).toBeInstanceOf(RetriesFailedError)
    expect((error as RetriesFailedError).message).toBe('failed after 3 attempts: HTTP 500')
    expect((error as RetriesFailedError).exhausted).toBe(true)
  })

  it('does not retry what classify calls permanent', async () => {
    let calls = 0
    const error = await withRetries(
      async () => {
        calls++
        throw new Error('insufficient_quota')
      },
      { maxRetries: 5, classify: () => ({ retryable: false }) },
    ).catch((thrown: unknown) => thrown as RetriesFailedError)
    expect(calls).toBe(1)
    expect(error.attempts).toBe(1)
    expect(error.exhausted).toBe(false)
  })

  it('stops waiting when the signal aborts during a backoff', async () => {
    const controller = new AbortController()
    let calls = 0
    const error = await withRetries(
      async () => {
        calls++
        controller.abort()
        throw new Error('HTTP 503')
      },
      {
        maxRetries: 5,
        classify: () => ({ retryable: true, retryAfterMs: 60_000 }),
        signal: controller.signal,
      },
    ).catch((thrown: unknown) => thrown as RetriesFailedError)
    expect(calls).toBe(1)
    expect(error).toBeInstanceOf(RetriesFailedError)
    expect(error.exhausted).toBe(false)
  })
})
