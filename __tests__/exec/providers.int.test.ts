// `node dist/cli.js exec --json` against real providers' recorded answers (__fixtures__/providers),
// served byte for byte from loopback, on a workspace whose add() is broken: what a user sees is the
// fix on disk, the reasoning and command items, the usage, and the provider's own error message.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { providerCase } from '../../__fixtures__/providers/cases.js'
import { startReplay } from '../../__fixtures__/providers/replay.js'
import type { ReplayServer } from '../../__fixtures__/providers/replay.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { runCli, type CliRun } from '../helpers/cli-process.js'

interface Event {
  type: string
  item?: { type: string; text?: string; message?: string; command?: string; exit_code?: number | null }
  usage?: {
    input_tokens: number
    cached_input_tokens: number
    cache_write_input_tokens: number
    output_tokens: number
    reasoning_output_tokens: number
  }
  error?: { message: string }
}

interface Exec {
  code: number | null
  events: Event[]
  stderr: string
  server: ReplayServer
  fixed: boolean
}

let server: ReplayServer | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  await server?.close()
  await workspace?.cleanup()
  server = workspace = undefined
})

async function execCase(name: string, extraArgs: string[] = []): Promise<Exec> {
  const recorded = providerCase(name)
  server = await startReplay(recorded)
  workspace = await makeWorkspace('math')
  const config = path.join(workspace.dir, '..', 'config.toml')
  const toml = [
    'model_provider = "recorded"',
    `model = "${recorded.model}"`,
    '[model_providers.recorded]',
    'name = "Recorded"',
    `base_url = "${server.baseUrl}"`,
    `wire_api = "${recorded.wire}"`,
    'request_max_retries = 2',
  ]
  await writeFile(config, toml.join('\n') + '\n')
  const args = [
    'exec',
    '--cd',
    workspace.dir,
    '--config-file',
    config,
    '--sandbox',
    'workspace-write',
    '--json',
    ...extraArgs,
  ]
  const { code, stdout, stderr } = await run([...args, 'Fix add() in src/math.js and run its test.'])
  const events = stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Event)
  const source = await readFile(path.join(workspace.dir, 'src/math.js'), 'utf8')
  return { code, events, stderr, server, fixed: source.includes('a + b') }
}

const run = (args: string[]): Promise<CliRun> => runCli(args)

const completed = (events: Event[]): Event[] => events.filter((event) => event.type === 'item.completed')
const itemsOf = (events: Event[], type: string) =>
  completed(events)
    .map((event) => event.item!)
    .filter((item) => item.type === type)

describe('exec --json on recorded providers', () => {
  it('DeepSeek deepseek-reasoner: reasoning, the command, the fix, and the usage of both turns', async () => {
    const exec = await execCase('deepseek-reasoner-toolcall')
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
    expect(itemsOf(exec.events, 'reasoning')[0]!.text).toMatch(/^The user is asking for the weather/)
    expect(itemsOf(exec.events, 'command_execution')[0]).toMatchObject({ exit_code: 0 })
    expect(exec.events.at(-1)).toEqual({
      type: 'turn.completed',
      // The recording's reasoning_tokens (39) come out as Codex's reasoning_output_tokens.
      usage: {
        input_tokens: 339 + 13,
        cached_input_tokens: 320,
        cache_write_input_tokens: 0,
        output_tokens: 83 + 400,
        reasoning_output_tokens: 39,
      },
    })
    expect(exec.stderr).toMatch(/completed: 2 turns, 2 model requests, /)
    // The recorded answer stopped at its 400-token limit: kept, and flagged as cut off.
    expect(itemsOf(exec.events, 'agent_message').at(-1)!.text).toMatch(/Starlight Remembrance/)
    expect(itemsOf(exec.events, 'error')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/final reply was cut off at its output token limit/),
      }),
    ])
  })

  it('Qwen3-Coder on vLLM: the call written as text runs, and the fix lands', async () => {
    const exec = await execCase('qwen3coder-vllm-text-toolcall')
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
    expect(itemsOf(exec.events, 'command_execution')).toHaveLength(1)
  })

  it('GLM-5.1 on vLLM: arguments repeated whole in the final chunk still run the command once', async () => {
    const exec = await execCase('glm51-vllm-final-flush-duplicate-args')
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
    expect(itemsOf(exec.events, 'error')).toEqual([])
  })

  it('xAI grok-3-mini: output_tokens include the reasoning xAI counts apart', async () => {
    const exec = await execCase('xai-grok-toolcall')
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
    expect(exec.events.at(-1)!.usage).toEqual({
      input_tokens: 291 + 12,
      cached_input_tokens: 290 + 11,
      cache_write_input_tokens: 0,
      output_tokens: 26 + 196 + 1 + 290,
      reasoning_output_tokens: 196 + 290,
    })
  })

  it("OpenRouter: turn.completed carries its prompt_tokens_details.cache_write_tokens in Codex's usage shape", async () => {
    const exec = await execCase('openrouter-processing-comments')
    expect(exec.code).toBe(0)
    const last = exec.events.at(-1)!
    // The recording says "cache_write_tokens":0; Codex 0.171 prints these keys in this order.
    expect(JSON.stringify(last)).toBe(
      '{"type":"turn.completed","usage":{"input_tokens":888,"cached_input_tokens":0,' +
        '"cache_write_input_tokens":0,"output_tokens":74,"reasoning_output_tokens":0}}',
    )
  })

  it('LM Studio /v1/responses: the reasoning_text is reported as a reasoning item', async () => {
    const exec = await execCase('lmstudio-responses-toolcall')
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
    expect(itemsOf(exec.events, 'reasoning')[0]!.text).toMatch(/^The user is asking for the weather/)
  })

  it('a turn cut off at the output limit with no answer is sent back, then fails with the reason', async () => {
    const exec = await execCase('openrouter-length-no-error')
    expect(exec.code).toBe(1)
    expect(exec.server.requests).toHaveLength(3)
    expect(itemsOf(exec.events, 'error')[0]!.message).toMatch(/cut off at the output token limit/)
    expect(exec.events.at(-1)!.type).toBe('turn.failed')
    expect(exec.events.at(-1)!.error!.message).toMatch(
      /cut off at its output token limit \(finish_reason "length"\)/,
    )
  })

  it('GLM Coding Plan 1308: fails at once, out of quota until the time GLM names', async () => {
    const exec = await execCase('glm-1308-5h-cap')
    expect(exec.code).toBe(1)
    expect(exec.server.requests).toHaveLength(1)
    expect(exec.events.at(-1)!.error!.message).toContain('out of quota until 2026-08-25 07:41:44')
    expect(exec.stderr).toContain('已达到 5 小时的使用上限')
  })

  it('ModelScope "Request limit exceeded." is shown as its message, retried, then answered', async () => {
    const exec = await execCase('modelscope-429-request-limit')
    expect(exec.code).toBe(0)
    expect(exec.stderr).toContain('HTTP 429: Request limit exceeded.')
    expect(exec.stderr).not.toContain('"errors"')
  })

  it('--max-cost-usd for a model without a price refuses to start, naming [pricing."<model>"]', async () => {
    const exec = await execCase('glm46-vllm-whole-call', ['--max-cost-usd', '1'])
    expect(exec.code).toBe(1)
    expect(exec.server.requests).toHaveLength(0)
    expect(exec.stderr).toContain('[pricing."zai-org/GLM-4.6"]')
  })

  it('--max-tokens stands in for the missing price, and the run goes ahead', async () => {
    const exec = await execCase('glm46-vllm-whole-call', ['--max-cost-usd', '1', '--max-tokens', '100000'])
    expect(exec.code).toBe(0)
    expect(exec.fixed).toBe(true)
  })
})
