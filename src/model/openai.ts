// The model adapter: the only module that imports the `openai` SDK. It sends one turn over the
// provider's wire API (`responses` or `chat`), streams the answer, and retries transient failures
// itself (the SDK's own retries are off) so that every attempt is counted and explained.
import OpenAI, { APIConnectionError, APIError } from 'openai'
import type { ClientOptions } from 'openai'
import { Stream } from 'openai/core/streaming'
import type { ProviderConfig } from '../config/types.js'
import { proxyFetch, type Fetch } from '../net/proxy.js'
import { buildChatBody, ChatStreamReader, parseChatJson } from './chat-wire.js'
import {
  classifyForRetry,
  NetworkFailure,
  normalizedErrorBody,
  ProviderFailure,
  StreamInterrupted,
  toModelError,
} from './failures.js'
import { asCode, asObject, asString } from './json.js'
import type { JsonObject } from './json.js'
import { buildResponsesBody, parseResponsesJson, ResponsesStreamReader } from './responses-wire.js'
import type { TurnOutput } from './responses-wire.js'
import { rateLimitResetMs, RequestPacer, retryAfterMsFromHeaders, withRetries } from './retry.js'
import { recoverTextToolCalls } from './text-tool-calls.js'
import type { TokenSource } from './auth-command.js'
import type { ModelClient, ModelRequest, ModelResponse } from './types.js'
import { errorMessage } from '../common/errors.js'

export interface ModelClientOptions {
  provider: ProviderConfig
  model: string
  /** A fixed key, or a provider `[auth]` command's token source (asked before every request). */
  apiKey: string | TokenSource | undefined
  env?: NodeJS.ProcessEnv | undefined
  log?: ((line: string) => void) | undefined
}

// The SDK insists on a key; keyless providers (Ollama) get this and no Authorization header.
const NO_KEY_PLACEHOLDER = 'no-api-key'

export function createModelClient(options: ModelClientOptions): ModelClient {
  const { provider, model, log } = options
  const tokens = typeof options.apiKey === 'object' ? options.apiKey : undefined
  const hadApiKey = tokens !== undefined || (options.apiKey !== undefined && options.apiKey !== '')
  const send = proxyFetch(options.env ?? process.env)
  const sdk = new OpenAI({
    apiKey: tokens ? () => tokens.token() : hadApiKey ? (options.apiKey as string) : NO_KEY_PLACEHOLDER,
    // Explicit nulls, so OPENAI_ORG_ID / OPENAI_PROJECT_ID in the runner's environment add nothing.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    baseURL: provider.baseUrl,
    defaultQuery: provider.queryParams,
    defaultHeaders: {
      ...(hadApiKey ? {} : { Authorization: null }),
      ...providerHeaders(provider, options.env ?? process.env),
    },
    maxRetries: 0,
    fetch: (input, init) => fetchWithReadableErrors(send, input, init),
    logLevel: 'warn',
    logger: sdkLogger(log),
  })
  const path = provider.wireApi === 'responses' ? '/responses' : '/chat/completions'
  const pacer = provider.requestsPerMinute ? new RequestPacer(provider.requestsPerMinute) : undefined
  // Some models refuse `parallel_tool_calls` (OpenAI o4-mini: 400 "Unsupported parameter"); once
  // refused, this client leaves it out.
  let parallelRefused = false
  // A refused command token is fetched again once per turn, as Codex does after a 401.
  let tokenRefreshed = false
  const classify = (error: unknown, body: JsonObject) => {
    if (tokens && !tokenRefreshed && error instanceof ProviderFailure && error.status === 401) {
      tokenRefreshed = true
      tokens.invalidate()
      return { retryable: true, retryAfterMs: 0 }
    }
    if (!parallelRefused && 'parallel_tool_calls' in body && refusesParallelToolCalls(error)) {
      parallelRefused = true
      log?.(
        `model: ${provider.name} refuses parallel_tool_calls for ${model}; sending the request without it`,
      )
      return { retryable: true, retryAfterMs: 0 }
    }
    return classifyForRetry(error)
  }
  return {
    info: { providerId: provider.id, model, wireApi: provider.wireApi, baseUrl: provider.baseUrl },
    async turn(request: ModelRequest): Promise<ModelResponse> {
      const body =
        provider.wireApi === 'responses' ? buildResponsesBody(model, request) : buildChatBody(model, request)
      let attempts = 0
      tokenRefreshed = false
      try {
        const output = await withRetries(
          async (n) => {
            await pacer?.wait(request.signal)
            if (parallelRefused) delete body.parallel_tool_calls
            attempts = n + 1
            return attemptTurn(sdk, provider, body, request)
          },
          {
            maxRetries: provider.requestMaxRetries,
            classify: (error) => classify(error, body),
            signal: request.signal,
            onRetry: (info) =>
              log?.(
                `model: attempt ${info.attempt} of ${info.maxAttempts} to ${provider.name} failed ` +
                  `(${errorSummary(info.error)}); retrying in ${info.delayMs} ms`,
              ),
          },
        )
        const items = recoverTextToolCalls(output.items, request.tools)
        const requestBytes = Buffer.byteLength(JSON.stringify(body))
        return { items, usage: output.usage, attempts, requestBytes, truncated: output.truncated === true }
      } catch (error) {
        const callerAborted = request.signal?.aborted === true
        throw toModelError(error, { provider, model, hadApiKey, path, callerAborted })
      }
    },
  }
}

function refusesParallelToolCalls(error: unknown): boolean {
  return error instanceof ProviderFailure && error.status === 400 && /parallel_tool_calls/.test(error.message)
}

/** `http_headers`, then `env_http_headers` whose variable is set and non-empty. */
export function providerHeaders(provider: ProviderConfig, env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = { ...provider.httpHeaders }
  for (const [header, variable] of Object.entries(provider.envHttpHeaders)) {
    const value = env[variable]
    if (value !== undefined && value !== '') headers[header] = value
  }
  return headers
}

/** One HTTP attempt: send, then read SSE or (for servers that ignore `stream`) one JSON body. */
async function attemptTurn(
  sdk: OpenAI,
  provider: ProviderConfig,
  body: JsonObject,
  request: ModelRequest,
): Promise<TurnOutput> {
  const controller = new AbortController()
  const idle = new IdleTimer(provider.streamIdleTimeoutMs, () => controller.abort())
  const onCallerAbort = (): void => controller.abort()
  request.signal?.addEventListener('abort', onCallerAbort, { once: true })
  let phase: 'connect' | 'body' = 'connect'
  try {
    const response = await send(sdk, provider, body, controller.signal)
    phase = 'body'
    idle.touch()
    const chat = provider.wireApi === 'chat'
    if (!isEventStream(response)) {
      const json: unknown = await response.json()
      return chat ? parseChatJson(json, request.onTextDelta) : parseResponsesJson(json, request.onTextDelta)
    }
    const reader = chat
      ? new ChatStreamReader(request.onTextDelta)
      : new ResponsesStreamReader(request.onTextDelta)
    // A retried attempt streams its text again from the start; onTextDelta consumers see both.
    for await (const event of Stream.fromSSEResponse<unknown>(response, controller, sdk)) {
      idle.touch()
      reader.push(event)
    }
    // The SDK ends the iteration quietly when the request is aborted, so check why it ended.
    if (idle.fired) throw idleFailure(phase)
    if (request.signal?.aborted) throw new Error('aborted by the caller')
    return reader.finish()
  } catch (error) {
    throw translateError(error, phase, idle.fired)
  } finally {
    idle.stop()
    request.signal?.removeEventListener('abort', onCallerAbort)
  }
}

async function send(
  sdk: OpenAI,
  provider: ProviderConfig,
  body: JsonObject,
  signal: AbortSignal,
): Promise<Response> {
  const options = { signal, headers: { Accept: 'text/event-stream' } }
  // The bodies are built as plain JSON by the wire modules; the SDK only carries them.
  if (provider.wireApi === 'responses') {
    const params = body as unknown as OpenAI.Responses.ResponseCreateParamsStreaming
    return sdk.responses.create(params, options).asResponse()
  }
  const params = body as unknown as OpenAI.Chat.ChatCompletionCreateParamsStreaming
  return sdk.chat.completions.create(params, options).asResponse()
}

function isEventStream(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('text/event-stream')
}

/** SDK and fetch errors as the SDK-independent failures that retry.ts and failures.ts judge. */
function translateError(error: unknown, phase: 'connect' | 'body', idleFired: boolean): unknown {
  if (idleFired) return idleFailure(phase)
  if (error instanceof ProviderFailure || error instanceof StreamInterrupted) return error
  if (error instanceof APIConnectionError) {
    return new NetworkFailure(rootMessage(error), rootCode(error))
  }
  if (error instanceof APIError) {
    const detail = asObject(error.error)
    const header = (name: string): string | null | undefined => error.headers?.get(name)
    return new ProviderFailure({
      message: asString(detail?.message) ?? asString(error.error) ?? error.message,
      status: error.status,
      code: asCode(detail?.code) ?? asCode(error.code),
      type: asString(detail?.type) ?? error.type,
      // Without Retry-After, a 429 waits for the rate-limit window its headers name.
      retryAfterMs:
        retryAfterMsFromHeaders(header) ?? (error.status === 429 ? rateLimitResetMs(header) : undefined),
    })
  }
  if (phase === 'body') {
    const reason = error instanceof SyntaxError ? `malformed data: ${error.message}` : rootMessage(error)
    return new StreamInterrupted('cut', reason)
  }
  return error
}

function idleFailure(phase: 'connect' | 'body'): StreamInterrupted {
  return new StreamInterrupted('idle', phase === 'connect' ? 'no response headers' : 'the stream went silent')
}

/** Aborts when nothing arrives for `ms` milliseconds; 0 or less disables it. */
class IdleTimer {
  fired = false
  private timer: NodeJS.Timeout | undefined
  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    this.touch()
  }
  /** Runs for every streamed event: re-arms the one timer rather than making a new one each time. */
  touch(): void {
    if (this.ms <= 0 || this.fired) return
    if (this.timer) {
      this.timer.refresh()
      return
    }
    this.timer = setTimeout(() => {
      this.fired = true
      this.onIdle()
    }, this.ms)
  }
  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}

// The SDK reads only OpenAI-shaped error bodies; others are rewritten into that shape first.
async function fetchWithReadableErrors(
  send: Fetch,
  input: string | URL | Request,
  init?: RequestInit,
): Promise<Response> {
  const response = await send(input, init)
  if (response.ok) return response
  const text = await response.text().catch(() => '')
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.delete('content-encoding')
  headers.set('content-type', 'application/json')
  return new Response(JSON.stringify(normalizedErrorBody(text, response.statusText)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

function rootCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const code = asString(asObject(current)?.code)
    if (code) return code
    current = current instanceof Error ? current.cause : undefined
  }
  return undefined
}

function rootMessage(error: unknown): string {
  let message = errorMessage(error)
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; depth++) {
    message = current.message || message
    current = current.cause
  }
  return message
}

function errorSummary(error: unknown): string {
  if (error instanceof ProviderFailure) {
    const code = error.code ? ` ${error.code}` : ''
    return `${error.status === undefined ? 'stream error' : `HTTP ${error.status}`}${code}: ${error.message}`
  }
  return errorMessage(error)
}

function sdkLogger(log: ((line: string) => void) | undefined): NonNullable<ClientOptions['logger']> {
  const write = (...args: unknown[]): void =>
    log?.(
      `model: openai sdk: ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`,
    )
  return { error: write, warn: write, info: () => {}, debug: () => {} }
}
