// Calls written into the text in the formats models emit, recovered only when well-formed and naming
// a tool the request offered.
import { describe, expect, it } from 'vitest'
import { recoverTextToolCalls } from '../../src/model/text-tool-calls.js'
import type { Item, ToolSpec } from '../../src/model/types.js'

const TOOLS: ToolSpec[] = [
  {
    name: 'shell',
    description: 'Runs a command.',
    parameters: { type: 'object', properties: { command: { type: 'array' }, workdir: { type: 'string' } } },
  },
]

const say = (content: string): Item[] => [{ type: 'message', role: 'assistant', content }]
const recovered = (content: string) =>
  recoverTextToolCalls(say(content), TOOLS).map((item) =>
    item.type === 'function_call' ? { name: item.name, args: JSON.parse(item.arguments) as unknown } : item,
  )

describe('recoverTextToolCalls', () => {
  it('reads Hermes/Qwen2.5 JSON inside <tool_call> and keeps the surrounding text', () => {
    expect(
      recovered(
        'Running it.\n<tool_call>\n{"name": "shell", "arguments": {"command": ["ls"]}}\n</tool_call>',
      ),
    ).toEqual([
      { type: 'message', role: 'assistant', content: 'Running it.' },
      { name: 'shell', args: { command: ['ls'] } },
    ])
  })

  it('reads GLM <arg_key>/<arg_value> pairs, typing values by the tool schema', () => {
    const text =
      '<tool_call>shell\n<arg_key>command</arg_key>\n<arg_value>["ls","-la"]</arg_value>\n<arg_key>workdir</arg_key>\n<arg_value>123</arg_value>\n</tool_call>'
    expect(recovered(text)).toEqual([{ name: 'shell', args: { command: ['ls', '-la'], workdir: '123' } }])
  })

  it('reads a whole answer that is one JSON call, fenced or bare', () => {
    expect(recovered('```json\n{"name": "shell", "parameters": {"command": ["pwd"]}}\n```')).toEqual([
      { name: 'shell', args: { command: ['pwd'] } },
    ])
  })

  it('leaves text alone when the tool is unknown, the JSON is broken, or a real call exists', () => {
    expect(recovered('<tool_call>{"name": "rm_rf", "arguments": {}}</tool_call>')).toEqual(
      say('<tool_call>{"name": "rm_rf", "arguments": {}}</tool_call>'),
    )
    expect(recovered('<tool_call>{"name": "shell", "arguments": {</tool_call>')).toHaveLength(1)
    expect(recovered('The JSON {"name": "shell"} is an example.')).toEqual(
      say('The JSON {"name": "shell"} is an example.'),
    )
    const withCall: Item[] = [
      ...say('<tool_call>{"name": "shell", "arguments": {"command": ["ls"]}}</tool_call>'),
      { type: 'function_call', callId: 'c1', name: 'shell', arguments: '{"command":["pwd"]}' },
    ]
    expect(recoverTextToolCalls(withCall, TOOLS)).toBe(withCall)
  })
})
