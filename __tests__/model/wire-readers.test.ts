// Provider quirks the fake server does not produce, fed straight to the stream readers: chunks
// without a tool-call index, `reasoning` instead of `reasoning_content`, servers that never send
// usage, and failures reported inside a Responses stream.
import { describe, expect, it } from 'vitest'
import { ChatStreamReader } from '../../src/model/chat-wire.js'
import {
  classifyForRetry,
  judgeProviderFailure,
  ProviderFailure,
  StreamInterrupted,
} from '../../src/model/failures.js'
import { normalizedErrorBody } from '../../src/model/failures.js'
import { ResponsesStreamReader } from '../../src/model/responses-wire.js'

const chunk = (delta: Record<string, unknown>, finish: string | null = null): unknown => ({
  choices: [{ index: 0, delta, finish_reason: finish }],
})

describe('ChatStreamReader', () => {
  it('pairs tool-call fragments by id when a server leaves out the index', () => {
    const reader = new ChatStreamReader()
    reader.push(chunk({ tool_calls: [{ id: 'a', function: { name: 'shell', arguments: '{"command":' } }] }))
    reader.push(chunk({ tool_calls: [{ id: 'a', function: { arguments: '["ls"]}' } }] }))
    reader.push(chunk({ tool_calls: [{ id: 'b', function: { name: 'update_plan', arguments: '{}' } }] }))
    reader.push(chunk({}, 'tool_calls'))
    expect(reader.finish().items).toEqual([
      { type: 'function_call', callId: 'a', name: 'shell', arguments: '{"command":["ls"]}' },
      { type: 'function_call', callId: 'b', name: 'update_plan', arguments: '{}' },
    ])
  })

  it('gives a call without an id one, so its output can be paired with it', () => {
    const reader = new ChatStreamReader()
    reader.push(
      chunk({ tool_calls: [{ index: 0, function: { name: 'shell', arguments: '{}' } }] }, 'tool_calls'),
    )
    const [call] = reader.finish().items
    expect(call).toMatchObject({
      type: 'function_call',
      name: 'shell',
      callId: expect.stringMatching(/^call_\w+/),
    })
  })

  it('takes reasoning from `reasoning` as well as `reasoning_content`, and zero usage when none is sent', () => {
    const reader = new ChatStreamReader()
    reader.push(chunk({ reasoning: 'first, ' }))
    reader.push(chunk({ reasoning_content: 'then.' }))
    reader.push(chunk({ content: 'Answer.' }, 'stop'))
    const output = reader.finish()
    expect(output.items).toEqual([
      // Only what came as reasoning_content is kept to give back (Groq refuses it in the input).
      { type: 'reasoning', summary: 'first, then.', text: 'then.' },
      { type: 'message', role: 'assistant', content: 'Answer.' },
    ])
    expect(output.usage).toEqual({
      inputTokens: 0,
      cachedInputTokens: 0,
      cacheWriteInputTokens: 0,
      outputTokens: 0,
      reasoningOutputTokens: 0,
    })
  })

  it("reads an Anthropic gateway's cache_creation_input_tokens as cache writes, within the input", () => {
    const usageOf = (usage: Record<string, unknown>) => {
      const reader = new ChatStreamReader()
      reader.push(chunk({ content: 'ok' }, 'stop'))
      reader.push({ choices: [], usage })
      return reader.finish().usage
    }
    // LiteLLM in front of Claude: prompt_tokens counts the cache reads and writes.
    expect(
      usageOf({
        prompt_tokens: 2_000,
        completion_tokens: 5,
        prompt_tokens_details: { cached_tokens: 300 },
        cache_creation_input_tokens: 1_200,
        cache_read_input_tokens: 300,
      }),
    ).toMatchObject({ inputTokens: 2_000, cachedInputTokens: 300, cacheWriteInputTokens: 1_200 })
    // A count larger than the uncached input is not believed past it.
    expect(
      usageOf({ prompt_tokens: 100, prompt_tokens_details: { cached_tokens: 60, cache_write_tokens: 90 } }),
    ).toMatchObject({ inputTokens: 100, cachedInputTokens: 60, cacheWriteInputTokens: 40 })
  })

  it('treats a stream that ends without a finish_reason as incomplete', () => {
    const reader = new ChatStreamReader()
    reader.push(chunk({ content: 'Half an ans' }))
    expect(() => reader.finish()).toThrow(StreamInterrupted)
  })
})

describe('ResponsesStreamReader', () => {
  it('turns response.failed into a provider failure that keeps the code', () => {
    const reader = new ResponsesStreamReader()
    const failed = { type: 'response.failed', response: { error: { code: 'server_error', message: 'boom' } } }
    expect(() => reader.push(failed)).toThrow(ProviderFailure)
    try {
      reader.push(failed)
    } catch (error) {
      expect((error as ProviderFailure).code).toBe('server_error')
      expect(classifyForRetry(error).retryable).toBe(true)
    }
  })

  it('does not retry an error event about the request itself', () => {
    const reader = new ResponsesStreamReader()
    let thrown: unknown
    try {
      reader.push({
        type: 'error',
        code: 'context_length_exceeded',
        message: 'Your input exceeds the context window',
      })
    } catch (error) {
      thrown = error
    }
    expect(judgeProviderFailure(thrown as ProviderFailure)).toEqual({
      kind: 'context_length',
      retryable: false,
    })
  })

  it('takes the output from response.completed when no output_item.done events came', () => {
    const reader = new ResponsesStreamReader()
    reader.push({
      type: 'response.completed',
      response: {
        output: [
          { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Only here.' }] },
        ],
        usage: { input_tokens: 10, input_tokens_details: { cached_tokens: 4 }, output_tokens: 2 },
      },
    })
    expect(reader.finish()).toEqual({
      items: [{ type: 'message', role: 'assistant', content: 'Only here.' }],
      usage: {
        inputTokens: 10,
        cachedInputTokens: 4,
        cacheWriteInputTokens: 0,
        outputTokens: 2,
        reasoningOutputTokens: 0,
      },
    })
  })

  it('treats a stream without response.completed as incomplete', () => {
    const reader = new ResponsesStreamReader()
    reader.push({ type: 'response.output_text.delta', delta: 'Half' })
    expect(() => reader.finish()).toThrow(/no response.completed event/)
  })
})

describe('provider failures', () => {
  it('never retries quota exhaustion, whatever the provider calls it', () => {
    expect(judgeProviderFailure(new ProviderFailure({ message: 'x', status: 402 })).kind).toBe('quota')
    expect(judgeProviderFailure(new ProviderFailure({ message: 'x', status: 429, code: '1113' }))).toEqual({
      kind: 'quota',
      retryable: false,
    })
    expect(judgeProviderFailure(new ProviderFailure({ message: 'x', status: 429 }))).toEqual({
      kind: 'rate_limit',
      retryable: true,
    })
  })

  it('rewrites error bodies of other shapes into OpenAI’s', () => {
    expect(normalizedErrorBody('{"error":"model \\"x\\" not found"}', 'Not Found').error.message).toBe(
      'model "x" not found',
    )
    expect(normalizedErrorBody('{"detail":[{"msg":"field required"}]}', '').error.message).toContain(
      'field required',
    )
    expect(normalizedErrorBody('<html><h1>502 Bad Gateway</h1></html>', 'Bad Gateway').error.message).toBe(
      '502 Bad Gateway',
    )
    expect(normalizedErrorBody('', 'Service Unavailable').error.message).toBe('Service Unavailable')
  })
})
