// What the model is sent, pinned: the system prompt, the environment context, and for each tool
// family (tools/families.ts) the request body's fixed part — tools, their descriptions and
// schemas, reasoning and parallel-call fields — as the loop asks for it and the wire adapter
// writes it. An accidental change (which also breaks providers' prompt caches) fails here; a
// deliberate one is reviewed in the snapshot diff (`npx vitest run -u` rewrites them).
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAgent } from '../../src/agent/loop.js'
import { environmentContext, SYSTEM_PROMPT } from '../../src/agent/prompt.js'
import type { WireApi } from '../../src/config/types.js'
import { buildChatBody } from '../../src/model/chat-wire.js'
import type { JsonObject } from '../../src/model/json.js'
import { buildResponsesBody } from '../../src/model/responses-wire.js'
import { toolFamilyFor } from '../../src/tools/families.js'
import { builtinTools, ToolRegistry } from '../../src/tools/registry.js'
import { say, ScriptedModel } from '../../__fixtures__/model/scripted-client.js'
import { FakeRunner } from '../helpers/fake-runner.js'

let workspace: string
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'model-view-'))
})
afterAll(() => rm(workspace, { recursive: true, force: true }))

/** The first request the loop sends to `model` over `wireApi`, with the registry setupAgent builds. */
async function firstRequest(model: string, wireApi: WireApi) {
  const scripted = new ScriptedModel([{ items: [say('done')] }], { model, wireApi })
  await runAgent({
    task: 'do the task',
    workspace,
    model: scripted,
    registry: new ToolRegistry(builtinTools(toolFamilyFor(model, wireApi))),
    runner: new FakeRunner(workspace),
    budgets: { maxTurns: 2, timeoutMs: 30_000 },
    projectDocMaxBytes: 0,
  })
  const request = scripted.requests[0]
  if (!request) throw new Error('the loop sent no request')
  return request
}

/** The body's fixed part: the conversation and the per-run cache key left out. */
function fixedPart(body: JsonObject, wireApi: WireApi): JsonObject {
  const { input: _input, messages, prompt_cache_key: cacheKey, ...rest } = body
  expect(typeof cacheKey === 'string' || cacheKey === undefined).toBe(true)
  if (wireApi === 'chat') {
    const system = (messages as { role: string; content: string }[])[0]
    expect(system).toEqual({ role: 'system', content: SYSTEM_PROMPT })
  } else {
    expect(rest.instructions).toBe(SYSTEM_PROMPT)
    rest.instructions = '<SYSTEM_PROMPT: system-prompt.md>'
  }
  return rest
}

describe('what the model sees', () => {
  it('the system prompt', async () => {
    await expect(SYSTEM_PROMPT).toMatchFileSnapshot('__snapshots__/system-prompt.md')
  })

  it('the environment context', async () => {
    const savedTz = process.env.TZ
    process.env.TZ = 'UTC'
    try {
      const policy = {
        mode: 'workspace-write' as const,
        workspace: '/repo',
        writableRoots: [],
        networkAccess: false,
      }
      const text = environmentContext(policy, '/repo', 'never', new Date('2026-01-15T12:00:00Z'))
      await expect(text).toMatchFileSnapshot('__snapshots__/environment-context.xml')
    } finally {
      if (savedTz === undefined) delete process.env.TZ
      else process.env.TZ = savedTz
    }
  })

  it.each([
    ['classic family over chat', 'deepseek-chat', 'chat'],
    ['classic family over responses', 'gpt-4.1', 'responses'],
    ['unified exec family over responses', 'gpt-5.2-codex', 'responses'],
  ] as const)('the request of the %s', async (_name, model, wireApi) => {
    const request = await firstRequest(model, wireApi)
    const body = wireApi === 'chat' ? buildChatBody(model, request) : buildResponsesBody(model, request)
    const family = toolFamilyFor(model, wireApi).name
    await expect(`${JSON.stringify(fixedPart(body, wireApi), null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/request-${family}-${wireApi}.json`,
    )
  })
})
