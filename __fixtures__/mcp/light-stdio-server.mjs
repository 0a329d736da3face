#!/usr/bin/env node
// A stdio MCP server that is cheap to boot: newline-delimited JSON-RPC written out by hand, no SDK,
// one `echo` tool. The benchmark starts several at once to measure the harness's own cost of a
// parallel MCP start-up; the SDK-based stdio-server.mjs spends a few hundred milliseconds of CPU
// loading the SDK, which on two cores mostly measures the servers competing with each other.
//   --delay-start-ms N   wait N ms before answering anything (a server waiting on something)
import { createInterface } from 'node:readline'
import { setTimeout } from 'node:timers/promises'

const SUPPORTED = ['2025-06-18', '2025-03-26', '2024-11-05']
const ECHO = {
  name: 'echo',
  description: 'Echo the text back.',
  inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
}

const index = process.argv.indexOf('--delay-start-ms')
const delay = index === -1 ? 0 : Number(process.argv[index + 1])
if (delay > 0) await setTimeout(delay)

const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`)

function answer(method, params) {
  switch (method) {
    case 'initialize': {
      const asked = params?.protocolVersion
      return {
        protocolVersion: SUPPORTED.includes(asked) ? asked : SUPPORTED[0],
        capabilities: { tools: {} },
        serverInfo: { name: 'light-fixture', version: '1.0.0' },
      }
    }
    case 'ping':
      return {}
    case 'tools/list':
      return { tools: [ECHO] }
    case 'tools/call':
      if (params?.name !== 'echo') return undefined
      return { content: [{ type: 'text', text: `echo: ${params.arguments?.text ?? ''}` }] }
    default:
      return undefined
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  let message
  try {
    message = JSON.parse(line)
  } catch {
    return
  }
  if (message.id === undefined) return // a notification (notifications/initialized): nothing to say
  const result = answer(message.method, message.params)
  if (result === undefined) send({ id: message.id, error: { code: -32601, message: `no ${message.method}` } })
  else send({ id: message.id, result })
})
