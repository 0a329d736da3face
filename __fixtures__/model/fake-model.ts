// A scripted fake model server on 127.0.0.1: speaks the Responses and Chat Completions wire APIs
// over SSE (or plain JSON), records every request, and can misbehave on cue (HTTP errors with
// headers, a stream cut mid-way, a stream that hangs). Used in-process by vitest and by plain
// `node --import tsx` scripts (the benchmark and the demo).
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import {
  chatChunks,
  chatCompletion,
  chatPartialChunks,
  responsesEvents,
  responsesObject,
  responsesPartialEvents,
} from './fake-wire.js'
import type { FakeTurn, SseEvent } from './fake-wire.js'

export interface ScriptedCall {
  name: string
  /** For a free-form (custom) call: the raw input text. */
  arguments: string | Record<string, unknown>
  id?: string
  /** `custom`: a Responses `custom_tool_call` (free-form input); default a function call. */
  kind?: 'function' | 'custom'
  /** Codex's namespaced shape: `{namespace: "mcp__calc", name: "add"}`. */
  namespace?: string
}

export type ScriptedTurn =
  | {
      text?: string
      reasoning?: string
      calls?: ScriptedCall[]
      usage?: { input?: number; cached?: number; output?: number; cacheWrite?: number }
      /** answer plain JSON even when the request asked to stream */ json?: boolean
      /** ms to wait before answering */ delayMs?: number
    }
  | { fault: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { fault: 'cut' } // send headers and part of the stream, then destroy the socket
  | { fault: 'hang' } // send headers, then nothing (for stream_idle_timeout_ms)

export interface RecordedRequest {
  wire: 'responses' | 'chat'
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: Record<string, unknown>
  bytes: number
  receivedAt: number /* performance.timeOrigin + performance.now() */
  /** When the answer was fully written (same clock); equals receivedAt until then. */
  completedAt: number
}

export interface FakeModel {
  baseUrl: string /* 'http://127.0.0.1:PORT/v1' */
  requests: RecordedRequest[]
  close(): Promise<void>
}

type Script = ScriptedTurn[] | ((request: RecordedRequest, index: number) => ScriptedTurn)

const ROUTES: Record<string, 'responses' | 'chat'> = {
  '/v1/responses': 'responses',
  '/v1/chat/completions': 'chat',
}

const now = (): number => performance.timeOrigin + performance.now()

export async function startFakeModel(
  script: Script,
  /** `tls`: serve https with this key and certificate (e.g. one signed by a private CA). */
  options: { requireApiKey?: string; tls?: { key: string; cert: string } } = {},
): Promise<FakeModel> {
  const requests: RecordedRequest[] = []
  const timers = new Set<NodeJS.Timeout>()
  let consumed = 0
  let serial = 0
  let callCounter = 0

  const nextTurn = (request: RecordedRequest): ScriptedTurn | undefined => {
    const index = consumed++
    return typeof script === 'function' ? script(request, index) : script[index]
  }

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const wire = req.method === 'POST' ? ROUTES[url.pathname] : undefined
    if (!wire) {
      return sendError(res, 404, `Invalid URL (${req.method} ${url.pathname})`, 'invalid_request_error', null)
    }
    const recorded = record(req, url, wire, raw)
    requests.push(recorded)
    res.on('finish', () => (recorded.completedAt = now()))
    if (
      options.requireApiKey !== undefined &&
      recorded.headers.authorization !== `Bearer ${options.requireApiKey}`
    ) {
      const message =
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.'
      return sendError(res, 401, message, 'invalid_request_error', 'invalid_api_key')
    }
    const turn = nextTurn(recorded)
    if (turn === undefined) {
      return sendError(
        res,
        500,
        `fake model: script exhausted after ${Array.isArray(script) ? script.length : consumed - 1} requests`,
        'server_error',
        null,
      )
    }
    const turnSerial = ++serial
    if ('fault' in turn) return answerFault(turn, recorded, res, turnSerial)
    if (turn.delayMs) await delay(turn.delayMs)
    const fake = fakeTurn(turn, recorded, turnSerial, () => ++callCounter)
    const streaming = recorded.body.stream === true && turn.json !== true
    if (!streaming)
      return sendJson(res, 200, wire === 'chat' ? chatCompletion(fake) : responsesObject(fake, 'completed'))
    if (wire === 'responses') return sendSse(res, responsesEvents(fake), false)
    const includeUsage =
      (recorded.body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true
    return sendSse(
      res,
      chatChunks(fake, includeUsage).map((data) => ({ data })),
      true,
    )
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `fake model: ${String(error)}`, 'server_error', null)
      else res.destroy()
    })
  }
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        server.close(() => resolve())
        // Hanging streams and keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections()
      }),
  }
}

function record(req: IncomingMessage, url: URL, wire: 'responses' | 'chat', raw: Buffer): RecordedRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'))
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>
  } catch {
    // Recorded with an empty body; the adapter never sends invalid JSON, so a test would notice.
  }
  const receivedAt = now()
  return {
    wire,
    method: req.method ?? 'POST',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
    bytes: raw.length,
    receivedAt,
    completedAt: receivedAt,
  }
}

function fakeTurn(
  turn: Exclude<ScriptedTurn, { fault: string }>,
  request: RecordedRequest,
  serial: number,
  nextCallNumber: () => number,
): FakeTurn {
  const text = turn.text ?? ''
  const reasoning = turn.reasoning ?? ''
  const calls = (turn.calls ?? []).map((call) => ({
    id: call.id ?? `call_${nextCallNumber()}`,
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    kind: call.kind ?? 'function',
    namespace: call.namespace,
  }))
  const generated =
    text.length + reasoning.length + calls.reduce((sum, call) => sum + call.arguments.length, 0)
  const output = turn.usage?.output ?? Math.ceil(generated / 4) + 10
  const include = Array.isArray(request.body.include) ? request.body.include : []
  const wantsEncrypted = include.includes('reasoning.encrypted_content')
  return {
    serial,
    model: typeof request.body.model === 'string' ? request.body.model : 'fake-model',
    text,
    reasoning,
    encryptedReasoning:
      reasoning && wantsEncrypted ? `enc_${Buffer.from(reasoning).toString('base64')}` : undefined,
    calls,
    usage: {
      input: turn.usage?.input ?? Math.ceil(request.bytes / 4),
      cached: turn.usage?.cached ?? 0,
      output,
      cacheWrite: turn.usage?.cacheWrite,
      reasoning: Math.min(output, Math.ceil(reasoning.length / 4)),
    },
  }
}

function answerFault(
  turn: Extract<ScriptedTurn, { fault: string }>,
  request: RecordedRequest,
  res: ServerResponse,
  serial: number,
): void {
  if (turn.fault === 'status') {
    const body = turn.body ?? defaultErrorBody(turn.status)
    res.writeHead(turn.status, { 'content-type': 'application/json', ...turn.headers })
    res.end(JSON.stringify(body))
    return
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.flushHeaders()
  if (turn.fault === 'hang') return
  const partial: FakeTurn = {
    serial,
    model: String(request.body.model ?? 'fake-model'),
    text: '',
    reasoning: '',
    encryptedReasoning: undefined,
    calls: [],
    usage: { input: 0, cached: 0, output: 0, reasoning: 0 },
  }
  const events =
    request.wire === 'responses'
      ? responsesPartialEvents(partial)
      : chatPartialChunks(partial).map((data) => ({ data }))
  // Destroying the socket without the final zero-length chunk makes the client see a broken
  // transfer, exactly as when a proxy or the provider drops the connection.
  res.write(events.map(formatSse).join(''), () => res.socket?.destroy())
}

function defaultErrorBody(status: number): unknown {
  if (status === 429) {
    return error(
      'Rate limit reached for requests. Please try again shortly.',
      'requests',
      'rate_limit_exceeded',
    )
  }
  if (status >= 500) {
    return error(
      'The server had an error while processing your request. Sorry about that!',
      'server_error',
      null,
    )
  }
  return error(`fake model: scripted HTTP ${status}`, 'invalid_request_error', null)
}

function error(message: string, type: string, code: string | null): unknown {
  return { error: { message, type, param: null, code } }
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type: string,
  code: string | null,
): void {
  sendJson(res, status, error(message, type, code))
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function formatSse(event: SseEvent): string {
  return `${event.event ? `event: ${event.event}\n` : ''}data: ${JSON.stringify(event.data)}\n\n`
}

function sendSse(res: ServerResponse, events: SseEvent[], done: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' })
  for (const event of events) res.write(formatSse(event))
  res.end(done ? 'data: [DONE]\n\n' : undefined)
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
