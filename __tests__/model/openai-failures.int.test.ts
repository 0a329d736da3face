// How the model adapter behaves when the provider misbehaves: which failures it retries (and how
// it honours Retry-After), which it never retries, and what the final error tells the user.
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { ModelError } from '../../src/model/types.js'
import { testClient, userTurn, WIRES } from './provider.js'

let fake: FakeModel | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function start(script: ScriptedTurn[], options: { requireApiKey?: string } = {}): Promise<FakeModel> {
  fake = await startFakeModel(script, options)
  return fake
}

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ModelError)
  return error as ModelError
}

const quick = { 'retry-after-ms': '1' }

describe.each(WIRES)('over the %s wire API', (wire) => {
  it.each([
    ['retry-after', { 'retry-after': '0' }, 'retrying in 0 ms'],
    ['retry-after-ms', { 'retry-after-ms': '1' }, 'retrying in 1 ms'],
  ])(
    'retries a 429 after the delay its %s header asks for, then succeeds',
    async (_name, headers, logged) => {
      const server = await start([{ fault: 'status', status: 429, headers }, { text: 'made it' }])
      const log: string[] = []
      const response = await testClient(server.baseUrl, wire, { log: (line) => log.push(line) }).turn(
        userTurn('hi'),
      )
      expect(response.items).toEqual([{ type: 'message', role: 'assistant', content: 'made it' }])
      expect(response.attempts).toBe(2)
      expect(server.requests).toHaveLength(2)
      expect(log.join('\n')).toContain(logged)
    },
  )

  it('gives up on repeated 500s after request_max_retries retries, naming the attempts and the host', async () => {
    const serverError = { fault: 'status', status: 500, headers: quick } as const
    const server = await start([serverError, serverError, serverError, { text: 'too late' }])
    const error = await failure(
      testClient(server.baseUrl, wire, { provider: { requestMaxRetries: 2 } }).turn(userTurn('hi')),
    )
    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
    const host = new URL(server.baseUrl).host
    expect(error.message).toMatch(/^model request failed after 3 attempts: HTTP 500 from Fake at /)
    expect(error.message).toContain(host)
    expect(error.message).toContain('The server had an error while processing your request')
    expect(server.requests).toHaveLength(3)
  })

  it('never retries insufficient_quota', async () => {
    const body = {
      error: {
        message: 'You exceeded your current quota.',
        type: 'insufficient_quota',
        code: 'insufficient_quota',
      },
    }
    const server = await start([
      { fault: 'status', status: 429, headers: quick, body },
      { text: 'never reached' },
    ])
    const error = await failure(testClient(server.baseUrl, wire).turn(userTurn('hi')))
    expect(error.kind).toBe('quota')
    expect(error.message).toContain('You exceeded your current quota.')
    expect(error.message).not.toContain('attempts')
    expect(server.requests).toHaveLength(1)
  })

  it('retries a stream cut mid-way and returns the complete answer', async () => {
    const server = await start([{ fault: 'cut' }, { text: 'complete answer' }])
    const response = await testClient(server.baseUrl, wire).turn(userTurn('hi'))
    expect(response.items).toEqual([{ type: 'message', role: 'assistant', content: 'complete answer' }])
    expect(response.attempts).toBe(2)
  })

  it('fails clearly when every stream is cut', async () => {
    const server = await start([{ fault: 'cut' }, { fault: 'cut' }])
    const error = await failure(
      testClient(server.baseUrl, wire, { provider: { requestMaxRetries: 1 } }).turn(userTurn('hi')),
    )
    expect(error.kind).toBe('stream')
    expect(error.message).toMatch(
      /^model request failed after 2 attempts: the response stream from Fake at \S+ was cut/,
    )
    expect(server.requests).toHaveLength(2)
  })

  it('abandons a stream that goes silent past stream_idle_timeout_ms and retries it', async () => {
    const server = await start([{ fault: 'hang' }, { text: 'awake' }])
    const client = testClient(server.baseUrl, wire, { provider: { streamIdleTimeoutMs: 150 } })
    const response = await client.turn(userTurn('hi'))
    expect(response.items).toEqual([{ type: 'message', role: 'assistant', content: 'awake' }])
    expect(response.attempts).toBe(2)
  })

  it('names stream_idle_timeout_ms when the stream stays silent on every attempt', async () => {
    const server = await start([{ fault: 'hang' }])
    const client = testClient(server.baseUrl, wire, {
      provider: { streamIdleTimeoutMs: 150, requestMaxRetries: 0 },
    })
    const error = await failure(client.turn(userTurn('hi')))
    expect(error.kind).toBe('stream')
    expect(error.message).toMatch(/no data from Fake at \S+ for 150 ms \(stream_idle_timeout_ms\)/)
  })

  it('stops at once, with kind aborted, when the caller cancels a hanging request', async () => {
    const server = await start([{ fault: 'hang' }])
    const controller = new AbortController()
    const turn = testClient(server.baseUrl, wire).turn(userTurn('hi', { signal: controller.signal }))
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    const error = await failure(turn)
    expect(error.kind).toBe('aborted')
    expect(server.requests).toHaveLength(1)
  })

  it('says which key was refused on a 401, without retrying', async () => {
    const server = await start([{ text: 'never reached' }], { requireApiKey: 'sk-right' })
    const error = await failure(testClient(server.baseUrl, wire, { apiKey: 'sk-wrong' }).turn(userTurn('hi')))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('the API key in $FAKE_API_KEY was refused by Fake at 127.0.0.1:')
    expect(error.message).not.toContain('sk-wrong')
    expect(server.requests).toHaveLength(1)
  })

  it('says the key variable is not set when no key was given', async () => {
    const server = await start([{ text: 'never reached' }], { requireApiKey: 'sk-right' })
    const error = await failure(testClient(server.baseUrl, wire, { apiKey: undefined }).turn(userTurn('hi')))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('$FAKE_API_KEY is not set')
  })

  it('points at the model name and base_url on a 404', async () => {
    const body = { error: { message: 'The model `fake-model` does not exist.', code: 'model_not_found' } }
    const server = await start([{ fault: 'status', status: 404, body }])
    const error = await failure(testClient(server.baseUrl, wire).turn(userTurn('hi')))
    expect(error.kind).toBe('bad_request')
    expect(error.message).toContain('does not exist')
    expect(error.message).toContain('check the model name "fake-model" and base_url')
    expect(server.requests).toHaveLength(1)
  })

  it('reports a wrong base_url (no /v1) as a 404 naming it', async () => {
    const server = await start([{ text: 'never reached' }])
    const wrongBase = server.baseUrl.replace(/\/v1$/, '')
    const error = await failure(testClient(wrongBase, wire).turn(userTurn('hi')))
    expect(error.kind).toBe('bad_request')
    expect(error.status).toBe(404)
    expect(error.message).toContain(`base_url ${wrongBase}`)
    expect(error.message).toContain('Invalid URL')
  })

  it('reports context_length_exceeded as its own kind, not retried', async () => {
    const body = {
      error: {
        message: "This model's maximum context length is 128000 tokens.",
        type: 'invalid_request_error',
        code: 'context_length_exceeded',
      },
    }
    const server = await start([{ fault: 'status', status: 400, body }, { text: 'never reached' }])
    const error = await failure(testClient(server.baseUrl, wire).turn(userTurn('hi')))
    expect(error.kind).toBe('context_length')
    expect(error.message).toContain('maximum context length is 128000 tokens')
    expect(server.requests).toHaveLength(1)
  })

  it('shows the message of error bodies that are not shaped like OpenAI errors', async () => {
    const server = await start([
      { fault: 'status', status: 400, body: { detail: 'tool_choice auto needs --enable-auto-tool-choice' } },
    ])
    const error = await failure(testClient(server.baseUrl, wire).turn(userTurn('hi')))
    expect(error.kind).toBe('bad_request')
    expect(error.message).toContain('HTTP 400 from Fake at')
    expect(error.message).toContain('tool_choice auto needs --enable-auto-tool-choice')
  })
})

describe('connection failures', () => {
  it('reports a refused connection as a network error naming the host', async () => {
    const port = await freePort()
    const error = await failure(
      testClient(`http://127.0.0.1:${port}/v1`, 'chat', { provider: { requestMaxRetries: 1 } }).turn(
        userTurn('hi'),
      ),
    )
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/^model request failed after 2 attempts: could not connect to Fake at /)
    expect(error.message).toContain(`127.0.0.1:${port}`)
    expect(error.message).toContain('connection refused')
  })
})

/** A loopback port nothing listens on (bound, then released). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
