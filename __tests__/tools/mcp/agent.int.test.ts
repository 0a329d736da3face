// MCP tools in a whole run: config.toml → setupAgent (servers start) → runAgent against the scripted
// model (which sees and calls the tools) → close (servers stop), with the real sandbox.
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../../__fixtures__/model/fake-model.js'
import { toolOutputsOf } from '../../helpers/agent.js'
import { processesWith, runWithMcp, stdioServerToml } from './helpers.js'
import type { McpRun } from './helpers.js'

let run: McpRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const call = (name: string, args: Record<string, unknown> = {}): ScriptedTurn => ({
  calls: [{ name, arguments: args }],
})

function toolNamesOf(body: Record<string, unknown>): string[] {
  const tools = (body.tools ?? []) as { name?: string; function?: { name?: string } }[]
  return tools.map((tool) => tool.name ?? tool.function?.name ?? '')
}

describe.each(['chat', 'responses'] as const)('MCP tools in a run over the %s wire API', (wire) => {
  it('offers the server’s tools after the built-in ones and returns a call’s output to the model', async () => {
    run = await runWithMcp({
      wire,
      toml: stdioServerToml('fixture', { extra: 'disabled_tools = ["crash"]' }),
      script: [call('mcp__fixture__echo', { text: 'hello from the model' }), { text: 'The server echoed.' }],
    })
    expect(run.setupError).toBeUndefined()
    expect(run.result?.status).toBe('completed')
    const names = toolNamesOf(run.fake.requests[0]?.body ?? {})
    expect(names.slice(0, 3)).toEqual(['shell', 'apply_patch', 'update_plan'])
    expect(names.slice(3)).toEqual([...names.slice(3)].sort())
    expect(names).toContain('mcp__fixture__echo')
    expect(names).not.toContain('mcp__fixture__crash')
    expect(toolOutputsOf(run.fake.requests[1])).toEqual(['echo: hello from the model'])
    const items = run.events.flatMap((event) => (event.type === 'item.completed' ? [event.item] : []))
    expect(items).toContainEqual(
      expect.objectContaining({
        type: 'mcp_tool_call',
        server: 'fixture',
        tool: 'echo',
        status: 'completed',
      }),
    )
  })
})

describe('MCP failures during a run', () => {
  it('tells the model about a timeout and a crash as text, and the run goes on to complete', async () => {
    const tag = randomUUID()
    run = await runWithMcp({
      toml: [
        stdioServerToml('slowpoke', { tag, extra: 'tool_timeout_sec = 0.5' }),
        stdioServerToml('fragile', { tag }),
      ].join('\n'),
      script: [
        call('mcp__slowpoke__slow', { ms: 10_000 }),
        call('mcp__fragile__crash'),
        call('mcp__fragile__echo', { text: 'are you there?' }),
        { text: 'Both servers let me down.' },
      ],
    })
    expect(run.result?.status).toBe('completed')
    expect(run.result?.finalMessage).toBe('Both servers let me down.')
    const outputs = toolOutputsOf(run.fake.requests.at(-1))
    expect(outputs[0]).toContain('timed out after 0.5 s (tool_timeout_sec)')
    expect(outputs[1]).toContain('The MCP server fragile stopped during the call to crash')
    expect(outputs[1]).toContain('fatal: simulated crash in the middle of a call')
    expect(outputs[2]).toMatch(/^The MCP server fragile is not running/)
    // After the run, no server process is left.
    expect(processesWith(tag)).toEqual([])
  })

  it('warns once about an optional server that cannot start and runs without it', async () => {
    run = await runWithMcp({
      toml: [stdioServerToml('broken', { args: ['--crash-at-start'] }), stdioServerToml('fixture')].join(
        '\n',
      ),
      script: [call('mcp__fixture__add', { a: 20, b: 22 }), { text: '42' }],
    })
    expect(run.result?.status).toBe('completed')
    expect(run.log.filter((line) => line.includes('MCP server'))).toEqual([
      expect.stringMatching(
        /^warning: MCP server broken skipped: it exited during start-up; .*cannot open database/,
      ),
    ])
    expect(
      toolNamesOf(run.fake.requests[0]?.body ?? {}).some((name) => name.startsWith('mcp__broken__')),
    ).toBe(false)
    expect(toolOutputsOf(run.fake.requests[1])).toEqual(['The sum is 42.\n{"sum":42}'])
  })

  it('stops before the first model request when a required server cannot start', async () => {
    const tag = randomUUID()
    run = await runWithMcp({
      toml: [
        stdioServerToml('fixture', { tag }),
        stdioServerToml('db', {
          tag,
          args: ['--hang-at-start'],
          extra: 'required = true\nstartup_timeout_sec = 1',
        }),
      ].join('\n'),
      script: [{ text: 'never asked' }],
    })
    expect(run.result).toBeUndefined()
    expect(run.setupError?.message).toBe(
      'MCP server db is required but could not start: no answer within startup_timeout_sec = 1 s',
    )
    expect(run.fake.requests).toHaveLength(0)
    expect(processesWith(tag)).toEqual([])
  })
})

describe('MCP servers under the sandbox limits', () => {
  it('gives a stdio server the same private /tmp cap as commands, from the bubblewrap the probe found', async () => {
    const twoMegabytes = 'x'.repeat(2 * 1024 * 1024)
    run = await runWithMcp({
      toml: ['[sandbox_limits]', 'tmp_size_mb = 1', stdioServerToml('fixture')].join('\n'),
      script: [
        call('mcp__fixture__write_file', { path: '/tmp/small.txt', text: 'fits' }),
        call('mcp__fixture__write_file', { path: '/tmp/big.bin', text: twoMegabytes }),
        { text: 'Done.' },
      ],
    })
    expect(run.setupError).toBeUndefined()
    expect(toolOutputsOf(run.fake.requests[1])).toEqual(['wrote /tmp/small.txt'])
    expect(toolOutputsOf(run.fake.requests[2])).toEqual([
      'wrote /tmp/small.txt',
      expect.stringContaining('ENOSPC'),
    ])
  })
})
