// The adapter against real providers' recorded streams (__fixtures__/providers/recordings), served
// byte for byte from loopback: tool calls, reasoning, usage and the answer, as each provider sends them.
import { afterEach, describe, expect, it } from 'vitest'
import { TASK_ARGUMENTS } from '../../__fixtures__/providers/cases.js'
import { callsOf, closeReplays, converse, reasoningOf, textOf } from './replay.js'

afterEach(closeReplays)

const shellCall = { type: 'function_call', name: 'shell', arguments: TASK_ARGUMENTS }

describe('recorded tool-call streams', () => {
  it('DeepSeek deepseek-reasoner: the tool call goes back with its reasoning_content, so turn 2 is answered', async () => {
    const run = await converse('deepseek-reasoner-toolcall')
    expect(run.error).toBeUndefined()
    expect(callsOf(run.turns[0])).toEqual([{ ...shellCall, callId: 'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF' }])
    expect(reasoningOf(run.turns[0])).toMatch(/^The user is asking for the weather in San Francisco\./)
    const second = run.server.requests[1]!.messages as Array<Record<string, unknown>>
    const assistant = second.find((message) => message.role === 'assistant')!
    expect(assistant.reasoning_content).toBe(reasoningOf(run.turns[0]))
    expect(textOf(run.turns[1])).toMatch(/^## \*\*Holiday Name:\*\* Starlight Remembrance/)
    expect(run.turns[0]!.usage).toEqual({
      inputTokens: 339,
      cachedInputTokens: 320,
      cacheWriteInputTokens: 0,
      outputTokens: 83,
      reasoningOutputTokens: 39,
    })
  })

  it('DeepSeek behind ": keep-alive" comments and without [DONE] still completes both turns', async () => {
    const run = await converse('framing-keepalive-no-done')
    expect(run.error).toBeUndefined()
    expect(callsOf(run.turns[0])).toMatchObject([shellCall])
    expect(textOf(run.turns[1])).toContain('Starlight Remembrance')
  })

  it.each([
    ['qwen-dashscope-toolcall', 'call_eee11723464a4b9eb8cee71d', 'Taleweave Day', 295, 22],
    ['framing-crlf', 'call_eee11723464a4b9eb8cee71d', 'Taleweave Day', 295, 22],
    ['groq-llama-toolcall', 'tk85n1k4m', 'Luminaria', 210, 15],
    ['glm46-vllm-whole-call', 'chatcmpl-tool-9e3c12e00d494ab49bd59359e9c231bb', '4', 0, 0],
    ['glm4-new-id-per-fragment', 'call_DfU25035HyRrY03K6JBO94Xf', '4', 0, 0],
    ['glm51-vllm-final-flush-duplicate-args', 'chatcmpl-tool-8b6e41238cd6bef0', '4', 0, 0],
  ])(
    '%s: one shell call with whole arguments, then the answer',
    async (name, callId, answer, input, output) => {
      const run = await converse(name)
      expect(run.error).toBeUndefined()
      expect(callsOf(run.turns[0])).toEqual([{ ...shellCall, callId }])
      expect(textOf(run.turns[1])).toContain(answer)
      expect(run.turns[0]!.usage.inputTokens).toBe(input)
      expect(run.turns[0]!.usage.outputTokens).toBe(output)
    },
  )

  it.each(['ollama-parallel-tools', 'ollama-parallel-no-index'])(
    '%s: two parallel calls, each whole in its own chunk, stay two calls',
    async (name) => {
      const run = await converse(name)
      expect(run.error).toBeUndefined()
      expect(callsOf(run.turns[0])).toEqual([
        { ...shellCall, callId: 'call_wteop8bt' },
        { ...shellCall, callId: 'call_rk2xye1l' },
      ])
      expect(textOf(run.turns[1])).toBe('My name is Ben Dover. How can I help you today?')
    },
  )

  it('xAI grok-3-mini: output counts the reasoning tokens xAI leaves out of completion_tokens', async () => {
    const run = await converse('xai-grok-toolcall')
    expect(run.error).toBeUndefined()
    expect(callsOf(run.turns[0])).toEqual([{ ...shellCall, callId: 'call_55117580' }])
    expect(reasoningOf(run.turns[0])).toMatch(/^First, the user is/)
    expect(run.turns[0]!.usage).toEqual({
      inputTokens: 291,
      cachedInputTokens: 290,
      cacheWriteInputTokens: 0,
      outputTokens: 26 + 196,
      reasoningOutputTokens: 196,
    })
    expect(run.turns[1]!.usage.outputTokens).toBe(1 + 290)
  })

  it('Qwen3-Coder on vLLM: a call written as <tool_call> text is recovered as a real call', async () => {
    const run = await converse('qwen3coder-vllm-text-toolcall')
    expect(run.error).toBeUndefined()
    expect(callsOf(run.turns[0])).toMatchObject([shellCall])
    expect(textOf(run.turns[0])).toBe('')
    expect(textOf(run.turns[1])).toContain('Taleweave Day')
  })

  it('Groq tool_use_failed inside the stream is tried again, and the next sample calls the tool', async () => {
    const run = await converse('groq-tool-use-failed')
    expect(run.error).toBeUndefined()
    expect(run.server.requests).toHaveLength(3)
    expect(run.log.join('\n')).toContain('tool_use_failed')
    expect(callsOf(run.turns[0])).toEqual([
      { ...shellCall, callId: 'fc_bfb39741-3748-4def-9886-a93fc9c64a90' },
    ])
    expect(run.turns[0]!.attempts).toBe(2)
    // Groq streams `reasoning` and refuses `reasoning_content` in the input ("is unsupported").
    expect(JSON.stringify(run.server.requests[2])).not.toContain('reasoning_content')
    expect(textOf(run.turns[1])).toBe('The tool returned the expected result for the valid call.')
  })
})

describe('recorded Responses API streams', () => {
  it.each([
    [
      'lmstudio-responses-toolcall',
      /^The user is asking for the weather in San Francisco\./,
      'call_2025306790300011',
    ],
    [
      'deepseek-responses-toolcall',
      /^The user asks about temperature in Tokyo\./,
      'call_00_xjY8Z2BvSlzgEmmw0DtH0464',
    ],
  ])('%s: reasoning_text is read, reported and sent back with the call', async (name, reasoning, callId) => {
    const run = await converse(name)
    expect(run.error).toBeUndefined()
    expect(reasoningOf(run.turns[0])).toMatch(reasoning)
    expect(callsOf(run.turns[0])).toEqual([{ ...shellCall, callId }])
    const input = run.server.requests[1]!.input as Array<Record<string, unknown>>
    const sentBack = input.find((item) => item.type === 'reasoning')
    expect(sentBack).toMatchObject({ content: [{ type: 'reasoning_text', text: reasoningOf(run.turns[0]) }] })
    expect(textOf(run.turns[1]).length).toBeGreaterThan(0)
  })
})

describe('recorded text streams', () => {
  it('z.ai glm-4.7 thinking: reasoning_content becomes a reasoning item, the answer a message', async () => {
    const run = await converse('zai-glm47-thinking-text')
    expect(reasoningOf(run.turns[0])).toMatch(/^\n1\. {2}\*\*Analyze the User's Request:\*\*/)
    expect(textOf(run.turns[0])).toBe('4')
    expect(run.turns[0]!.usage).toEqual({
      inputTokens: 13,
      cachedInputTokens: 0,
      cacheWriteInputTokens: 0,
      outputTokens: 564,
      reasoningOutputTokens: 561,
    })
  })

  it('OpenRouter ": OPENROUTER PROCESSING" comments are skipped', async () => {
    const run = await converse('openrouter-processing-comments')
    expect(run.error).toBeUndefined()
    expect(textOf(run.turns[0])).toMatch(/^I recommend naming your Python retry library `resilix`/)
    expect(run.turns[0]!.usage.inputTokens).toBe(888)
  })

  it('DeepSeek deepseek-chat text, stopped at its 400-token limit, is a message marked truncated', async () => {
    const run = await converse('deepseek-chat-text')
    expect(textOf(run.turns[0])).toMatch(/^## \*\*Holiday Name:\*\* Starlight Remembrance/)
    expect(run.turns[0]!.usage).toMatchObject({ inputTokens: 13, outputTokens: 400 })
    expect(run.turns[0]!.truncated).toBe(true)
  })

  it('Qwen on DashScope, finished with "stop", is not marked truncated', async () => {
    const run = await converse('qwen-dashscope-toolcall')
    expect(run.turns[1]!.truncated).toBe(false)
    expect(run.turns[1]!.usage).toMatchObject({ inputTokens: 18, outputTokens: 779 })
  })

  it('OpenRouter/Minimax stopped at finish_reason "length": the turn is marked truncated', async () => {
    const run = await converse('openrouter-length-no-error')
    expect(run.error).toBeUndefined()
    expect(run.turns[0]!.truncated).toBe(true)
    expect(textOf(run.turns[0])).toBe('')
    expect(reasoningOf(run.turns[0])).toBe('We need to respond to a greeting. The user')
  })
})
