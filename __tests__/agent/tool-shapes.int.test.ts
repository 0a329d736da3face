// Every tool-call shape a model may use, in a whole run against the scripted model (real adapter,
// real sandbox, real applier): the tools each model family is offered, the shapes accepted whatever
// was offered, and calls that are unknown or malformed — answered to the model, never dropped.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedCall, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import codexTools from '../../__fixtures__/model/codex-reference/tools-gpt-5.5.json' with { type: 'json' }
import { runScripted, toolOutputsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'
import { runWithMcp, stdioServerToml } from '../tools/mcp/helpers.js'
import type { McpRun } from '../tools/mcp/helpers.js'

let run: ScriptedRun | undefined
let mcpRun: McpRun | undefined
afterEach(async () => {
  await run?.dispose()
  await mcpRun?.dispose()
  run = mcpRun = undefined
})

const turn = (...calls: ScriptedCall[]): ScriptedTurn => ({ calls })
const done: ScriptedTurn = { text: 'Done.' }
const CODEX_MODEL = 'gpt-5.2-codex'

interface SentTool {
  type?: string
  name?: string
  function?: { name?: string }
  parameters?: { properties?: Record<string, unknown> }
}
const toolsOf = (body: Record<string, unknown>): SentTool[] => (body.tools ?? []) as SentTool[]
const namesOf = (body: Record<string, unknown>): string[] =>
  toolsOf(body).map((tool) => tool.name ?? tool.function?.name ?? '')

async function dateSource(): Promise<string> {
  return readFile(path.join(run?.workspace.dir ?? '', 'src/date.js'), 'utf8')
}

/** The input items of the last request that answer calls: [type, call_id, output]. */
function answers(): [string, string, string][] {
  const input = (run?.fake.requests.at(-1)?.body.input ?? []) as Record<string, unknown>[]
  return input
    .filter((item) => String(item.type).endsWith('_output'))
    .map((item) => [String(item.type), String(item.call_id), String(item.output)])
}

describe('tools offered per model family', () => {
  it('offers a Codex model on the Responses API exec_command, write_stdin and the free-form apply_patch, as Codex does', async () => {
    run = await runScripted({ script: [done], wire: 'responses', model: CODEX_MODEL })
    const body = run.fake.requests[0]?.body ?? {}
    expect(namesOf(body)).toEqual(['exec_command', 'write_stdin', 'apply_patch', 'update_plan'])
    const sent = toolsOf(body)
    const reference = (name: string) => codexTools.find((tool) => tool.name === name)
    // Byte for byte what codex 0.171 sends, except exec_command's tty/prefix_rule (not honoured here).
    expect(sent[2]).toEqual(reference('apply_patch'))
    expect(sent[1]).toEqual(reference('write_stdin'))
    const exec = structuredClone(reference('exec_command')) as SentTool
    delete exec.parameters?.properties?.tty
    delete exec.parameters?.properties?.prefix_rule
    expect(sent[0]).toEqual(exec)
  })

  it.each([
    ['fake-model', 'responses'],
    [CODEX_MODEL, 'chat'],
  ] as const)('offers %s over %s the classic shell and function apply_patch', async (model, wire) => {
    run = await runScripted({ script: [done], wire, model })
    const body = run.fake.requests[0]?.body ?? {}
    expect(namesOf(body)).toEqual(['shell', 'apply_patch', 'update_plan'])
    expect(toolsOf(body).every((tool) => tool.type === 'function')).toBe(true)
  })
})

describe.each([CODEX_MODEL, 'fake-model'])('every call shape from %s is run', (model) => {
  it('applies a free-form apply_patch (custom_tool_call) and answers with a custom_tool_call_output', async () => {
    run = await runScripted({
      wire: 'responses',
      model,
      script: [turn({ name: 'apply_patch', kind: 'custom', arguments: FIX_DATE_PATCH, id: 'call_p' }), done],
    })
    expect(run.result.status).toBe('completed')
    expect(await dateSource()).toContain('getUTCMonth() + 1')
    expect(answers()).toEqual([
      ['custom_tool_call_output', 'call_p', expect.stringContaining('M src/date.js')],
    ])
    expect(run.result.fileChanges).toEqual([{ path: 'src/date.js', kind: 'update' }])
  })

  it('applies the function apply_patch, also when its arguments are the bare patch', async () => {
    const brokenAgain = FIX_DATE_PATCH.replace(/^-(.*)\n\+(.*)$/m, '-$2\n+$1')
    run = await runScripted({
      wire: 'responses',
      model,
      script: [
        turn({ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }),
        turn({ name: 'apply_patch', arguments: brokenAgain }),
        done,
      ],
    })
    expect(answers().map(([type, , output]) => [type, output.split('\n')[0]])).toEqual([
      ['function_call_output', 'Success. Updated the following files:'],
      ['function_call_output', 'Success. Updated the following files:'],
    ])
    expect(await dateSource()).not.toContain('getUTCMonth() + 1')
  })

  it.each([
    ['exec_command', { cmd: `apply_patch <<'EOF'\n${FIX_DATE_PATCH}\nEOF` }],
    ['shell', { command: ['bash', '-lc', `apply_patch <<'EOF'\n${FIX_DATE_PATCH}\nEOF`] }],
    ['shell_command', { command: `apply_patch <<'EOF'\n${FIX_DATE_PATCH}\nEOF` }],
  ])('applies a heredoc apply_patch sent through %s', async (name, args) => {
    run = await runScripted({ wire: 'responses', model, script: [turn({ name, arguments: args }), done] })
    expect(await dateSource()).toContain('getUTCMonth() + 1')
    expect(toolOutputsOf(run.fake.requests[1])[0]).toContain('M src/date.js')
  })

  it.each([
    ['exec_command', { cmd: 'echo hello from "$0"; exit 3' }, /^Process exited with code 3$/m],
    ['shell', { command: ['bash', '-c', 'echo hello from "$0"; exit 3'] }, /^Exit code: 3$/m],
    ['shell_command', { command: 'echo hello from "$0"; exit 3' }, /^Exit code: 3$/m],
  ])('runs a command sent through %s, offered or not', async (name, args, exitLine) => {
    run = await runScripted({ wire: 'responses', model, script: [turn({ name, arguments: args }), done] })
    const [output] = toolOutputsOf(run.fake.requests[1])
    expect(output).toMatch(exitLine)
    expect(output).toMatch(/hello from \S*bash/)
    expect(run.result.commands).toEqual([expect.objectContaining({ exitCode: 3, status: 'failed' })])
  })
})

describe('calls that cannot be run are answered, never dropped', () => {
  it('answers an unknown tool, in the shape of the call, with the tools available', async () => {
    run = await runScripted({
      wire: 'responses',
      model: CODEX_MODEL,
      script: [
        turn(
          { name: 'web_search', kind: 'custom', arguments: 'latest node', id: 'call_c' },
          { name: 'view_image', arguments: { path: 'x.png' }, id: 'call_f' },
        ),
        done,
      ],
    })
    const available = 'Available tools: exec_command, write_stdin, apply_patch, update_plan.'
    expect(answers()).toEqual([
      ['custom_tool_call_output', 'call_c', `Unknown tool "web_search". ${available}`],
      ['function_call_output', 'call_f', `Unknown tool "view_image". ${available}`],
    ])
    expect(run.result.status).toBe('completed')
  })

  it('answers malformed arguments and free-form text sent to a JSON tool with how to fix them', async () => {
    run = await runScripted({
      wire: 'responses',
      model: CODEX_MODEL,
      script: [
        turn(
          { name: 'exec_command', arguments: 'not json', id: 'call_1' },
          { name: 'exec_command', arguments: { cmd: '' }, id: 'call_2' },
          { name: 'update_plan', kind: 'custom', arguments: 'step one, then two', id: 'call_3' },
          { name: 'apply_patch', kind: 'custom', arguments: '   ', id: 'call_4' },
          { name: 'exec_command', arguments: { cmd: 'curl x', shell: 'python3' }, id: 'call_5' },
        ),
        done,
      ],
    })
    const outputs = answers()
    expect(outputs.map(([type, id]) => [type, id])).toEqual([
      ['function_call_output', 'call_1'],
      ['function_call_output', 'call_2'],
      ['custom_tool_call_output', 'call_3'],
      ['custom_tool_call_output', 'call_4'],
      ['function_call_output', 'call_5'],
    ])
    expect(outputs[0]?.[2]).toMatch(
      /^exec_command: the arguments are not valid JSON .* Send a JSON object such as \{"cmd"/,
    )
    expect(outputs[1]?.[2]).toMatch(/^exec_command: `cmd` must be a non-empty string/)
    expect(outputs[2]?.[2]).toMatch(/^update_plan is a function tool: call it with JSON arguments/)
    expect(outputs[3]?.[2]).toMatch(/^apply_patch: the patch is empty/)
    // A program the command rules cannot read is not accepted as the shell.
    expect(outputs[4]?.[2]).toMatch(/^exec_command: `shell` must be bash, sh or zsh/)
  })
})

describe('MCP tools by flat and namespaced name', () => {
  it('runs mcp__fixture__add and {namespace: "mcp__fixture", name: "add"} alike', async () => {
    mcpRun = await runWithMcp({
      wire: 'responses',
      toml: stdioServerToml('fixture'),
      script: [
        turn(
          { name: 'mcp__fixture__add', arguments: { a: 1, b: 2 } },
          { namespace: 'mcp__fixture', name: 'add', arguments: { a: 20, b: 22 } },
          { namespace: 'mcp__fixture', name: 'nope', arguments: {} },
        ),
        done,
      ],
    })
    expect(mcpRun.setupError).toBeUndefined()
    const outputs = toolOutputsOf(mcpRun.fake.requests[1])
    expect(outputs.slice(0, 2)).toEqual(['The sum is 3.\n{"sum":3}', 'The sum is 42.\n{"sum":42}'])
    expect(outputs[2]).toMatch(/^Unknown tool "mcp__fixture\.nope"\. Available tools: .*mcp__fixture__add/)
    // The namespaced call went back to the model as it came, with its namespace.
    const input = (mcpRun.fake.requests[1]?.body.input ?? []) as Record<string, unknown>[]
    expect(input).toContainEqual(
      expect.objectContaining({ type: 'function_call', namespace: 'mcp__fixture', name: 'add' }),
    )
  })
})
