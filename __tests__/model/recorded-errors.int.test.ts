// Real providers' error bodies (recordings/errors.json) and in-stream errors, served from loopback:
// which are tried again, which stop at once, and that the user reads the provider's own message.
import { afterEach, describe, expect, it } from 'vitest'
import { ModelError } from '../../src/model/types.js'
import { closeReplays, converse, textOf } from './replay.js'

afterEach(closeReplays)

function modelError(error: unknown): ModelError {
  expect(error).toBeInstanceOf(ModelError)
  return error as ModelError
}

describe('recorded provider errors that stop at once', () => {
  it.each([
    ['glm-1113-balance', 'quota', '1113: 余额不足或无可用资源包,请充值。'],
    ['modelscope-429-insufficient-balance', 'quota', 'insufficient balance (1008)'],
    ['deepseek-402-balance', 'quota', 'HTTP 402: invalid_request_error: Insufficient Balance'],
  ])('%s: %s, not retried, with the provider message', async (name, kind, message) => {
    const run = await converse(name)
    const error = modelError(run.error)
    expect(error.kind).toBe(kind)
    expect(error.message).toContain(message)
    expect(run.server.requests).toHaveLength(1)
  })

  it('OpenAI o4-mini refusing parallel_tool_calls: asked once more without it, then its message', async () => {
    const run = await converse('openai-400-parallel-tool-calls')
    const error = modelError(run.error)
    expect(error.kind).toBe('bad_request')
    expect(error.message).toContain("Unsupported parameter: 'parallel_tool_calls' is not supported")
    expect(run.server.requests).toHaveLength(2)
    expect(run.server.requests[0]).toHaveProperty('parallel_tool_calls', false)
    expect(run.server.requests[1]).not.toHaveProperty('parallel_tool_calls')
    expect(run.log.join('\n')).toContain('refuses parallel_tool_calls')
  })

  it('GLM 1308 (Coding Plan five-hour cap) says "out of quota until" the reset time it names', async () => {
    const run = await converse('glm-1308-5h-cap')
    const error = modelError(run.error)
    expect(error.kind).toBe('quota')
    expect(error.message).toContain('out of quota until 2026-08-25 07:41:44')
    expect(error.message).toContain('已达到 5 小时的使用上限')
    expect(run.server.requests).toHaveLength(1)
  })

  it('vLLM without --enable-auto-tool-choice: its message, and the flags that fix it', async () => {
    const run = await converse('vllm-400-auto-tool-choice')
    const error = modelError(run.error)
    expect(error.kind).toBe('bad_request')
    expect(error.message).toContain('HTTP 400 from Fake at 127.0.0.1:')
    expect(error.message).toContain('"auto" tool choice requires --enable-auto-tool-choice')
    expect(error.message).toContain('start vLLM with --enable-auto-tool-choice and the --tool-call-parser')
    expect(run.server.requests).toHaveLength(1)
  })

  it('OpenRouter in-stream error code 400 ("Token limit reached") is a bad request, not a server fault', async () => {
    const run = await converse('openrouter-stream-error')
    const error = modelError(run.error)
    expect(error.kind).toBe('bad_request')
    expect(error.message).toBe(
      'an error in the stream from Fake at 127.0.0.1:' +
        portOf(run.server.baseUrl) +
        ': 400: Token limit reached',
    )
    expect(run.server.requests).toHaveLength(1)
  })
})

describe('recorded provider errors that are tried again', () => {
  it.each([
    ['glm-1302-concurrency', 'HTTP 429 1302: High concurrency usage of this API', '4'],
    ['glm-1305-overloaded', 'HTTP 429 1305: 该模型当前访问量过大，请您稍后再试', '4'],
    ['modelscope-429-request-limit', 'HTTP 429: Request limit exceeded.', 'Taleweave Day'],
  ])('%s: retried with the provider message in the log, then answered', async (name, logged, answer) => {
    const run = await converse(name)
    expect(run.error).toBeUndefined()
    expect(run.server.requests).toHaveLength(2)
    expect(run.log[0]).toContain(`failed (${logged}`)
    expect(run.log[0]).not.toContain('{')
    expect(run.turns[0]!.attempts).toBe(2)
    expect(textOf(run.turns[0])).toContain(answer)
  })
})

function portOf(baseUrl: string): string {
  return new URL(baseUrl).port
}
