// The model adapter against the scripted fake model on loopback, for both wire APIs, streamed and
// plain JSON: what comes back as Items and Usage, and what goes out on the wire.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import type { Item, ToolSpec } from '../../src/model/types.js'
import { testClient, userTurn, WIRES } from './provider.js'

let fake: FakeModel | undefined
afterEach(async () => {
  vi.unstubAllEnvs()
  await fake?.close()
  fake = undefined
})

async function start(script: ScriptedTurn[]): Promise<FakeModel> {
  fake = await startFakeModel(script)
  return fake
}

const SHELL_TOOL: ToolSpec = {
  name: 'shell',
  description: 'Runs a command.',
  parameters: { type: 'object', properties: { command: { type: 'array', items: { type: 'string' } } } },
}

describe.each(WIRES)('the %s wire API', (wire) => {
  describe.each([
    ['streamed', false],
    ['plain JSON', true],
  ])('answered %s', (_mode, json) => {
    it('returns the assistant text as a message item and streams it through onTextDelta', async () => {
      const server = await start([{ text: 'The tests pass now; nothing else to change.', json }])
      const deltas: string[] = []
      const response = await testClient(server.baseUrl, wire).turn(
        userTurn('run the tests', { onTextDelta: (delta) => deltas.push(delta) }),
      )
      expect(response.items).toEqual([
        { type: 'message', role: 'assistant', content: 'The tests pass now; nothing else to change.' },
      ])
      expect(deltas.join('')).toBe('The tests pass now; nothing else to change.')
      if (!json) expect(deltas.length).toBeGreaterThan(1)
      expect(response.attempts).toBe(1)
      expect(response.requestBytes).toBe(server.requests[0]!.bytes)
    })

    it('reassembles tool calls whose arguments arrive in fragments', async () => {
      const server = await start([
        {
          text: 'Looking around.',
          calls: [
            { name: 'shell', arguments: { command: ['ls', '-la', 'src'] } },
            { name: 'shell', arguments: { command: ['cat', 'README.md'] }, id: 'call_custom' },
          ],
          json,
        },
      ])
      const response = await testClient(server.baseUrl, wire).turn(userTurn('look', { tools: [SHELL_TOOL] }))
      const calls = response.items.filter((item) => item.type === 'function_call')
      expect(calls).toEqual([
        {
          type: 'function_call',
          callId: 'call_1',
          name: 'shell',
          arguments: '{"command":["ls","-la","src"]}',
        },
        {
          type: 'function_call',
          callId: 'call_custom',
          name: 'shell',
          arguments: '{"command":["cat","README.md"]}',
        },
      ])
      expect(response.items[0]).toEqual({ type: 'message', role: 'assistant', content: 'Looking around.' })
    })

    it('reports token usage including cached input tokens and cache writes', async () => {
      const server = await start([
        { text: 'ok', usage: { input: 12_000, cached: 10_240, output: 321, cacheWrite: 1_500 }, json },
      ])
      const response = await testClient(server.baseUrl, wire).turn(userTurn('hi'))
      expect(response.usage).toEqual({
        inputTokens: 12_000,
        cachedInputTokens: 10_240,
        cacheWriteInputTokens: 1_500,
        outputTokens: 321,
        reasoningOutputTokens: 0,
      })
    })

    it('captures the reasoning the model returned', async () => {
      const server = await start([{ reasoning: 'The month is zero-based.', text: 'Fixed.', json }])
      const response = await testClient(server.baseUrl, wire).turn(
        userTurn('fix it', { reasoningEffort: 'high' }),
      )
      const reasoning = response.items.find((item) => item.type === 'reasoning')
      expect(reasoning).toMatchObject({ type: 'reasoning', summary: 'The month is zero-based.' })
      if (wire === 'responses') {
        // Encrypted reasoning is what lets a stateless (store=false) conversation keep its reasoning.
        expect(reasoning).toMatchObject({ encryptedContent: expect.stringMatching(/^enc_/) })
      }
      expect(response.usage.reasoningOutputTokens).toBeGreaterThan(0)
    })
  })

  it('passes a tool call with invalid JSON arguments through verbatim, and sends it back for correction', async () => {
    const broken = '{"command": ["ls", "-la"'
    const server = await start([
      { calls: [{ name: 'shell', arguments: broken }] },
      { calls: [{ name: 'shell', arguments: { command: ['ls', '-la'] } }] },
    ])
    const client = testClient(server.baseUrl, wire)
    const first = await client.turn(userTurn('list files', { tools: [SHELL_TOOL] }))
    expect(first.items).toEqual([
      { type: 'function_call', callId: 'call_1', name: 'shell', arguments: broken },
    ])
    const feedback: Item = {
      type: 'function_call_output',
      callId: 'call_1',
      output: 'invalid JSON arguments',
    }
    const second = await client.turn(
      userTurn('list files', {
        tools: [SHELL_TOOL],
        input: [...userTurn('list files').input, ...first.items, feedback],
      }),
    )
    expect(second.items).toEqual([
      { type: 'function_call', callId: 'call_2', name: 'shell', arguments: '{"command":["ls","-la"]}' },
    ])
    expect(JSON.stringify(server.requests[1]!.body)).toContain(JSON.stringify(broken))
  })

  it('sends query_params, http_headers and env_http_headers, skipping headers whose variable is unset or empty', async () => {
    const server = await start([{ text: 'ok' }])
    const client = testClient(server.baseUrl, wire, {
      provider: {
        queryParams: { 'api-version': '2025-04-01-preview' },
        httpHeaders: { 'X-Team': 'platform' },
        envHttpHeaders: { 'X-Org': 'FAKE_ORG', 'X-Missing': 'FAKE_UNSET', 'X-Empty': 'FAKE_EMPTY' },
      },
      env: { FAKE_ORG: 'acme', FAKE_EMPTY: '' },
    })
    await client.turn(userTurn('hi'))
    const request = server.requests[0]!
    expect(request.query).toEqual({ 'api-version': '2025-04-01-preview' })
    expect(request.headers['x-team']).toBe('platform')
    expect(request.headers['x-org']).toBe('acme')
    expect(request.headers).not.toHaveProperty('x-missing')
    expect(request.headers).not.toHaveProperty('x-empty')
    expect(request.headers.authorization).toBe('Bearer sk-test')
  })

  it('sends no Authorization header for a keyless provider, whatever OPENAI_* variables the runner has', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-the-runner')
    vi.stubEnv('OPENAI_ORG_ID', 'org-from-the-runner')
    const server = await start([{ text: 'ok' }])
    await testClient(server.baseUrl, wire, { apiKey: undefined, provider: { envKey: undefined } }).turn(
      userTurn('hi'),
    )
    const headers = server.requests[0]!.headers
    expect(headers).not.toHaveProperty('authorization')
    expect(JSON.stringify(headers)).not.toContain('from-the-runner')
  })
})

describe('the responses request body', () => {
  const history: Item[] = [
    { type: 'message', role: 'developer', content: 'Sandbox: workspace-write.' },
    { type: 'message', role: 'user', content: 'fix the date test' },
    { type: 'reasoning', id: 'rs_1', summary: 'Look first.', encryptedContent: 'enc_abc' },
    { type: 'reasoning', summary: 'Not encrypted, not sendable.' },
    { type: 'message', role: 'assistant', content: 'Reading the code.' },
    { type: 'function_call', callId: 'call_1', name: 'shell', arguments: '{"command":["ls"]}' },
    { type: 'function_call_output', callId: 'call_1', output: 'src\ntest' },
  ]

  it('maps instructions, history and tools, stateless and streamed', async () => {
    const server = await start([{ text: 'ok' }])
    await testClient(server.baseUrl, 'responses').turn({
      instructions: 'You are a coding agent.',
      input: history,
      tools: [SHELL_TOOL],
      reasoningEffort: 'medium',
    })
    const body = server.requests[0]!.body
    expect(server.requests[0]!.path).toBe('/v1/responses')
    expect(body).toMatchObject({
      model: 'fake-model',
      instructions: 'You are a coding agent.',
      tool_choice: 'auto',
      parallel_tool_calls: false,
      store: false,
      stream: true,
      reasoning: { effort: 'medium', summary: 'auto' },
      include: ['reasoning.encrypted_content'],
      tools: [
        {
          type: 'function',
          name: 'shell',
          description: 'Runs a command.',
          parameters: SHELL_TOOL.parameters,
          strict: false,
        },
      ],
    })
    expect(body.input).toEqual([
      {
        type: 'message',
        role: 'developer',
        content: [{ type: 'input_text', text: 'Sandbox: workspace-write.' }],
      },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'fix the date test' }] },
      {
        type: 'reasoning',
        summary: [{ type: 'summary_text', text: 'Look first.' }],
        encrypted_content: 'enc_abc',
      },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Reading the code.' }] },
      { type: 'function_call', call_id: 'call_1', name: 'shell', arguments: '{"command":["ls"]}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'src\ntest' },
    ])
  })

  it('asks for no reasoning when no effort is configured', async () => {
    const server = await start([{ text: 'ok' }])
    await testClient(server.baseUrl, 'responses').turn(userTurn('hi'))
    expect(server.requests[0]!.body).not.toHaveProperty('reasoning')
    expect(server.requests[0]!.body).not.toHaveProperty('include')
  })
})

describe('the chat request body', () => {
  it('merges an assistant turn into one message with its tool calls and their reasoning_content', async () => {
    const server = await start([{ text: 'ok' }])
    await testClient(server.baseUrl, 'chat').turn({
      instructions: 'You are a coding agent.',
      input: [
        { type: 'message', role: 'developer', content: 'Sandbox: read-only.' },
        { type: 'message', role: 'user', content: 'what is in src?' },
        { type: 'reasoning', summary: 'I should list it.', text: 'I should list it.' },
        { type: 'message', role: 'assistant', content: 'Listing.' },
        { type: 'function_call', callId: 'call_1', name: 'shell', arguments: '{"command":["ls","src"]}' },
        { type: 'function_call', callId: 'call_2', name: 'shell', arguments: '{"command":["ls","test"]}' },
        { type: 'function_call_output', callId: 'call_1', output: 'date.js' },
        { type: 'function_call_output', callId: 'call_2', output: 'date.test.js' },
        { type: 'reasoning', summary: 'Both listed; I can answer.', text: 'Both listed; I can answer.' },
        // Reasoning streamed as `reasoning` (Groq, OpenRouter) has no text to give back.
        { type: 'reasoning', summary: 'Shown only.' },
        { type: 'message', role: 'assistant', content: 'src has date.js.' },
        { type: 'message', role: 'user', content: 'thanks' },
      ],
      tools: [SHELL_TOOL],
    })
    const body = server.requests[0]!.body
    expect(server.requests[0]!.path).toBe('/v1/chat/completions')
    expect(body).toMatchObject({
      model: 'fake-model',
      stream: true,
      stream_options: { include_usage: true },
      tools: [
        {
          type: 'function',
          function: { name: 'shell', description: 'Runs a command.', parameters: SHELL_TOOL.parameters },
        },
      ],
    })
    expect(body.messages).toEqual([
      { role: 'system', content: 'You are a coding agent.' },
      { role: 'system', content: 'Sandbox: read-only.' },
      { role: 'user', content: 'what is in src?' },
      {
        role: 'assistant',
        content: 'Listing.',
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'shell', arguments: '{"command":["ls","src"]}' },
          },
          {
            id: 'call_2',
            type: 'function',
            function: { name: 'shell', arguments: '{"command":["ls","test"]}' },
          },
        ],
        // DeepSeek's thinking mode refuses tool calls sent back without the reasoning behind them.
        reasoning_content: 'I should list it.',
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'date.js' },
      { role: 'tool', tool_call_id: 'call_2', content: 'date.test.js' },
      // A plain answer goes back without its reasoning: nothing needs it there.
      { role: 'assistant', content: 'src has date.js.' },
      { role: 'user', content: 'thanks' },
    ])
  })

  it('reads DeepSeek cached tokens (prompt_cache_hit_tokens) from a plain JSON completion', async () => {
    const deepseekCompletion = {
      id: 'd1',
      object: 'chat.completion',
      model: 'deepseek-chat',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Done.', reasoning_content: 'Checked twice.' },
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: 5000,
        completion_tokens: 40,
        total_tokens: 5040,
        prompt_cache_hit_tokens: 4608,
        prompt_cache_miss_tokens: 392,
      },
    }
    const server = await start([{ fault: 'status', status: 200, body: deepseekCompletion }])
    const response = await testClient(server.baseUrl, 'chat').turn(userTurn('hi'))
    expect(response.usage).toEqual({
      inputTokens: 5000,
      cachedInputTokens: 4608,
      cacheWriteInputTokens: 0,
      outputTokens: 40,
      reasoningOutputTokens: 0,
    })
    expect(response.items).toEqual([
      { type: 'reasoning', summary: 'Checked twice.', text: 'Checked twice.' },
      { type: 'message', role: 'assistant', content: 'Done.' },
    ])
  })
})
