// What can go wrong with one model request, independent of the SDK: openai.ts translates SDK errors
// into these, retry.ts decides on them through classifyForRetry, and toModelError turns the last one
// into a ModelError whose message tells the user what happened and what to check.
import type { ProviderConfig } from '../config/types.js'
import { ModelError } from './types.js'
import type { ModelErrorKind } from './types.js'
import { asObject, asString } from './json.js'
import type { JsonObject } from './json.js'
import { RetriesFailedError, retryAfterMsFromMessage } from './retry.js'
import type { RetryDecision } from './retry.js'
import { errorMessage } from '../common/errors.js'

/** The provider answered with an error: an HTTP status, or an error event inside the stream. */
export class ProviderFailure extends Error {
  readonly status: number | undefined
  readonly code: string | undefined
  readonly type: string | undefined
  readonly retryAfterMs: number | undefined
  constructor(fields: {
    message: string
    status?: number | undefined
    code?: string | undefined
    type?: string | undefined
    retryAfterMs?: number | undefined
  }) {
    super(fields.message)
    this.name = 'ProviderFailure'
    this.status = fields.status
    this.code = fields.code
    this.type = fields.type
    this.retryAfterMs = fields.retryAfterMs
  }
}

/** The stream broke: cut mid-way, silent past stream_idle_timeout_ms, or over without completing. */
export class StreamInterrupted extends Error {
  readonly reason: 'cut' | 'idle' | 'incomplete'
  constructor(reason: 'cut' | 'idle' | 'incomplete', detail: string) {
    super(detail)
    this.name = 'StreamInterrupted'
    this.reason = reason
  }
}

/** No HTTP answer at all: refused, unresolvable host, reset, TLS failure. */
export class NetworkFailure extends Error {
  readonly code: string | undefined
  constructor(message: string, code: string | undefined) {
    super(message)
    this.name = 'NetworkFailure'
    this.code = code
  }
}

const QUOTA_CODES = new Set([
  'insufficient_quota',
  'exceeded_current_quota_error', // Moonshot
  'insufficient_balance_error', // ModelScope (an error type), sent with HTTP 429
  '1113', // Zhipu (bigmodel.cn): balance exhausted, sent with HTTP 429
  '1308', // Zhipu / z.ai GLM Coding Plan: the five-hour usage cap, sent with HTTP 429
])
const CONTEXT_MESSAGE =
  /context[_ ]length|maximum context|context window|prompt is too long|input is too long|too many tokens/i

/** The ModelError kind for a provider failure, and whether trying again could help. */
export function judgeProviderFailure(failure: ProviderFailure): { kind: ModelErrorKind; retryable: boolean } {
  const { status, code, type } = failure
  if (status === 402 || QUOTA_CODES.has(code ?? '') || QUOTA_CODES.has(type ?? '')) {
    return { kind: 'quota', retryable: false }
  }
  if (status === 413 || code === 'context_length_exceeded' || CONTEXT_MESSAGE.test(failure.message)) {
    return { kind: 'context_length', retryable: false }
  }
  // Groq refuses a generated call that does not match the tool's schema; a new sample usually does.
  if (code === 'tool_use_failed') return { kind: 'bad_request', retryable: true }
  if (status === undefined) return judgeStreamError(failure)
  if (status === 401 || status === 403) return { kind: 'auth', retryable: false }
  if (status === 429) return { kind: 'rate_limit', retryable: true }
  if (status === 408 || status === 409 || (status !== undefined && status >= 500)) {
    return { kind: 'server', retryable: true }
  }
  return { kind: 'bad_request', retryable: false }
}

/**
 * An error reported inside a stream that had started well. OpenRouter puts the upstream's HTTP
 * status in `code` (a number), so a 400 there is a bad request like any other, not a server fault.
 */
function judgeStreamError(failure: ProviderFailure): { kind: ModelErrorKind; retryable: boolean } {
  const { code, type } = failure
  const httpCode = code !== undefined && /^[1-5]\d\d$/.test(code) ? Number(code) : undefined
  if (httpCode !== undefined) {
    return judgeProviderFailure(new ProviderFailure({ message: failure.message, status: httpCode, type }))
  }
  if (code === 'rate_limit_exceeded') return { kind: 'rate_limit', retryable: true }
  if (code === 'response_incomplete' || code === 'invalid_prompt' || type === 'invalid_request_error') {
    return { kind: 'bad_request', retryable: false }
  }
  return { kind: 'server', retryable: true }
}

export function classifyForRetry(error: unknown): RetryDecision {
  if (error instanceof ProviderFailure) {
    const { retryable } = judgeProviderFailure(error)
    return { retryable, retryAfterMs: error.retryAfterMs ?? retryAfterMsFromMessage(error.message) }
  }
  return { retryable: error instanceof StreamInterrupted || error instanceof NetworkFailure }
}

export interface FailureContext {
  provider: ProviderConfig
  model: string
  /** Whether a key was sent; a 401 then means "refused" rather than "missing". */
  hadApiKey: boolean
  /** The endpoint path the wire API posts to, for 404 hints. */
  path: string
  callerAborted: boolean
}

/** The final ModelError for a failed turn, with the attempts made when there were retries. */
export function toModelError(error: unknown, context: FailureContext): ModelError {
  const attempts = error instanceof RetriesFailedError ? error.attempts : 1
  const exhausted = error instanceof RetriesFailedError && error.exhausted
  const last = error instanceof RetriesFailedError ? error.lastError : error
  if (context.callerAborted) return new ModelError('aborted', 'the model request was cancelled')
  const { kind, detail, status } = describe(last, context)
  const plural = attempts === 1 ? 'attempt' : 'attempts'
  const prefix = exhausted || attempts > 1 ? `model request failed after ${attempts} ${plural}: ` : ''
  return new ModelError(kind, prefix + detail, status)
}

function describe(
  error: unknown,
  context: FailureContext,
): { kind: ModelErrorKind; detail: string; status?: number | undefined } {
  const { provider } = context
  const where = `${provider.name} at ${hostOf(provider.baseUrl)}`
  if (error instanceof ProviderFailure) return describeProviderFailure(error, context, where)
  if (error instanceof StreamInterrupted) {
    const detail =
      error.reason === 'idle'
        ? `no data from ${where} for ${provider.streamIdleTimeoutMs} ms (stream_idle_timeout_ms); ${error.message}`
        : error.reason === 'cut'
          ? `the response stream from ${where} was cut before it completed (${error.message})`
          : `the response stream from ${where} ended before its completion event (${error.message})`
    return { kind: 'stream', detail }
  }
  if (error instanceof NetworkFailure) return { kind: 'network', detail: describeNetwork(error, context) }
  const message = errorMessage(error)
  return { kind: 'server', detail: `unexpected failure talking to ${where}: ${message}` }
}

function describeProviderFailure(
  failure: ProviderFailure,
  context: FailureContext,
  where: string,
): { kind: ModelErrorKind; detail: string; status?: number | undefined } {
  const { provider, model } = context
  const { kind } = judgeProviderFailure(failure)
  const status = failure.status
  const answer = status === undefined ? `an error in the stream` : `HTTP ${status}`
  const said = `${failure.code ? `${failure.code}: ` : ''}${failure.message}`
  const envKey = provider.envKey ? `$${provider.envKey}` : undefined
  let detail: string
  if (kind === 'auth') {
    detail = !context.hadApiKey
      ? envKey
        ? `no API key: ${envKey} is not set or empty, and ${where} answered ${answer}: ${said}`
        : `${where} wants an API key (${answer}: ${said}); set env_key for provider "${provider.id}"`
      : `the API key in ${envKey ?? 'the api-key input'} was refused by ${where} (${answer}: ${said}); check that it is a valid key for this provider`
  } else if (kind === 'quota') {
    const until = resetTime(failure.message)
    detail = until
      ? `${where} says the account is out of quota until ${until} (${answer}: ${said}); wait until then, or use another key or plan (not retried)`
      : `${where} says the account is out of quota or credit (${answer}: ${said}); add credit or use another key (not retried)`
  } else if (kind === 'context_length') {
    detail = `the conversation is too long for model "${model}" (${answer} from ${where}: ${said})`
  } else if (/--enable-auto-tool-choice/.test(failure.message)) {
    detail = `${answer} from ${where}: ${said}; start vLLM with --enable-auto-tool-choice and the --tool-call-parser for the model (hermes for Qwen2.5, qwen3_coder for Qwen3-Coder, glm45 for GLM-4.5/4.6)`
  } else if (status === 404) {
    detail = `${answer} from ${where}: ${said}; check the model name "${model}" and base_url ${provider.baseUrl} (wire_api "${provider.wireApi}" posts to ${context.path})`
  } else {
    detail = `${answer} from ${where}: ${said}`
  }
  return { kind, detail, status }
}

/** The reset time a quota message names (GLM 1308: "您的限额将在 2026-08-25 07:41:44 重置"). */
function resetTime(message: string): string | undefined {
  return /\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?/.exec(
    message,
  )?.[0]
}

function describeNetwork(error: NetworkFailure, context: FailureContext): string {
  const { provider } = context
  const host = hostOf(provider.baseUrl)
  const where = `${provider.name} at ${host}`
  switch (error.code) {
    case 'ECONNREFUSED':
      return `could not connect to ${where}: connection refused; is the server running and base_url (${provider.baseUrl}) right?`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `could not resolve the host of ${where} (${error.code}); check base_url ${provider.baseUrl}`
    default:
      return `network error talking to ${where}: ${error.code ? `${error.code} ` : ''}${error.message}`
  }
}

export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host
  } catch {
    return baseUrl
  }
}

/**
 * An error body in OpenAI's shape, `{error: {message, code, type}}`, from whatever the server sent:
 * that shape, ModelScope's `{errors: {message}}`, `{error: "..."}` (Ollama), `{detail: ...}` (FastAPI, vLLM), `{message: "..."}`, or
 * an HTML page from a proxy.
 */
export function normalizedErrorBody(text: string, statusText: string): { error: JsonObject } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  const body = asObject(parsed)
  // ModelScope answers `{"errors": {"message": …, "request_id": …}}`.
  const error = asObject(body?.error) ?? asObject(body?.errors)
  if (error && typeof error.message === 'string') return { error }
  const detail = body?.detail
  const message =
    asString(body?.error) ??
    asString(body?.message) ??
    asString(detail) ??
    (detail !== undefined ? JSON.stringify(detail) : undefined) ??
    (plainText(asString(parsed) ?? text) || statusText || 'no message')
  return { error: { ...error, message, code: error?.code ?? body?.code, type: error?.type ?? body?.type } }
}

function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
}
