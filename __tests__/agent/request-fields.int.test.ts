// The request fields Codex sends on the Responses API — reasoning with its summary and encrypted
// content (replayed every turn), text verbosity, the prompt cache key, parallel tool calls — from
// config.toml to the bodies the scripted model received, compared with what codex 0.171 sent.
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import codexRequest from '../../__fixtures__/model/codex-reference/request-gpt-5.5.json' with { type: 'json' }
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import type { AgentEvent } from '../../src/protocol/events.js'
import { runAgent } from '../../src/agent/loop.js'
import { setupAgent } from '../../src/agent/setup.js'
import { loadConfig } from '../../src/config/load.js'

let fake: FakeModel | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  await fake?.close()
  await workspace?.cleanup()
  fake = workspace = undefined
})

/** config.toml → setupAgent → runAgent, as `exec` and the action do. */
async function runWithConfig(settings: string, script: ScriptedTurn[]) {
  fake = await startFakeModel(script)
  workspace = await makeWorkspace()
  const text = `${settings}\nmodel_provider = "fake"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${fake.baseUrl}"\nwire_api = "responses"\n`
  const config = await loadConfig({ source: { text }, env: process.env })
  const parts = await setupAgent({ config, workspace: workspace.dir, env: process.env, log: () => {} })
  const events: AgentEvent[] = []
  try {
    const result = await runAgent({
      task: 'Look around.',
      workspace: workspace.dir,
      ...parts,
      reasoningEffort: config.modelReasoningEffort,
      budgets: { maxTurns: 10, timeoutMs: 60_000 },
      projectDocMaxBytes: 32 * 1024,
      onEvent: (event) => events.push(event),
    })
    return { result, events, requests: fake.requests }
  } finally {
    await parts.close()
  }
}

const threeTurns: ScriptedTurn[] = [
  {
    reasoning: 'First, list the files.',
    calls: [{ name: 'exec_command', arguments: { cmd: 'ls', login: false } }],
  },
  {
    reasoning: 'Now read the source.',
    calls: [{ name: 'exec_command', arguments: { cmd: 'ls src', login: false } }],
  },
  { text: 'Looked around.' },
]

const topLevel = (body: Record<string, unknown>) => {
  const { input: _input, instructions: _instructions, tools: _tools, ...fields } = body
  return fields
}

describe('request fields on the Responses API', () => {
  it('sends what codex sends for a Codex model, with the thread id as the prompt cache key', async () => {
    const run = await runWithConfig(
      'model = "gpt-5.5"\nmodel_reasoning_effort = "high"\nmodel_reasoning_summary = "detailed"\nmodel_verbosity = "medium"',
      threeTurns,
    )
    expect(run.result.status).toBe('completed')
    const started = run.events.find((event) => event.type === 'thread.started')
    const threadId = started?.type === 'thread.started' ? started.thread_id : 'none'
    for (const request of run.requests) {
      expect(topLevel(request.body)).toEqual({ ...codexRequest, prompt_cache_key: threadId })
    }
  })

  it('replays every earlier turn’s encrypted reasoning in the next requests', async () => {
    const run = await runWithConfig('model = "gpt-5.2-codex"', threeTurns)
    const reasoningOf = (index: number) =>
      ((run.requests[index]?.body.input ?? []) as Record<string, unknown>[]).filter(
        (item) => item.type === 'reasoning',
      )
    const encrypted = (text: string) => `enc_${Buffer.from(text).toString('base64')}`
    expect(reasoningOf(0)).toEqual([])
    expect(reasoningOf(1)).toEqual([
      {
        type: 'reasoning',
        summary: [{ type: 'summary_text', text: 'First, list the files.' }],
        encrypted_content: encrypted('First, list the files.'),
      },
    ])
    expect(reasoningOf(2).map((item) => item.encrypted_content)).toEqual([
      encrypted('First, list the files.'),
      encrypted('Now read the source.'),
    ])
    // A Codex model reasons even without model_reasoning_effort, so it is asked for its reasoning.
    expect(run.requests[0]?.body.reasoning).toEqual({ summary: 'auto' })
    expect(run.requests[0]?.body.include).toEqual(['reasoning.encrypted_content'])
  })

  it('sends no reasoning fields, and no parallel calls, for a model that is not known to reason', async () => {
    const run = await runWithConfig('model = "fake-model"', [{ text: 'Hi.' }])
    const body = run.requests[0]?.body ?? {}
    expect(body.reasoning).toBeUndefined()
    expect(body.include).toBeUndefined()
    expect(body.text).toBeUndefined()
    expect(body.parallel_tool_calls).toBe(false)
    expect(typeof body.prompt_cache_key).toBe('string')
  })

  it('leaves the summary out when model_reasoning_summary is "none"', async () => {
    const run = await runWithConfig(
      'model = "gpt-5.2-codex"\nmodel_reasoning_effort = "low"\nmodel_reasoning_summary = "none"',
      [{ text: 'Hi.' }],
    )
    expect(run.requests[0]?.body.reasoning).toEqual({ effort: 'low' })
  })
})
