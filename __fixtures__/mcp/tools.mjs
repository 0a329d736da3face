// The tools of the fixture MCP servers (stdio and streamable HTTP), on the SDK's low-level server
// side. Plain JavaScript so the stdio server starts fast, also under bubblewrap, without tsx.
import fs from 'node:fs'
import { clearTimeout, setTimeout } from 'node:timers'
import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js'

// A 1×1 transparent PNG.
const PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

const object = (properties, required = Object.keys(properties)) => ({ type: 'object', properties, required })
const text = (value) => ({ content: [{ type: 'text', text: value }] })

const COMMON_TOOLS = [
  {
    name: 'echo',
    description: 'Echo the text back.',
    inputSchema: object({ text: { type: 'string' } }),
    run: (args) => text(`echo: ${args.text}`),
  },
  {
    name: 'add',
    description: 'Add two numbers; the sum also comes as structured content.',
    inputSchema: object({ a: { type: 'number' }, b: { type: 'number' } }),
    outputSchema: object({ sum: { type: 'number' } }),
    run: (args) => {
      const sum = Number(args.a) + Number(args.b)
      return { ...text(`The sum is ${sum}.`), structuredContent: { sum } }
    },
  },
  {
    name: 'slow',
    description: 'Wait for `ms` milliseconds, then answer.',
    inputSchema: object({ ms: { type: 'number' } }),
    run: (args, signal) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(text(`done after ${args.ms} ms`)), Number(args.ms))
        signal.addEventListener('abort', () => clearTimeout(timer), { once: true })
      }),
  },
  {
    name: 'image',
    description: 'A picture of one pixel.',
    inputSchema: object({}),
    run: () => ({
      content: [
        { type: 'text', text: 'one transparent pixel' },
        { type: 'image', mimeType: 'image/png', data: PIXEL_PNG },
      ],
    }),
  },
  {
    name: 'fail',
    description: 'Always reports an error.',
    inputSchema: object({}),
    run: () => ({ ...text('the fixture tool failed on purpose'), isError: true }),
  },
  {
    name: 'docs.search',
    description: 'A tool whose name has a dot, which no model API accepts.',
    inputSchema: object({ query: { type: 'string' } }),
    run: (args) => text(`no results for ${args.query}`),
  },
]

// Tools that act on the server's own process: only for the stdio server (a separate process).
const PROCESS_TOOLS = [
  {
    name: 'crash',
    description: 'Exit in the middle of the call.',
    inputSchema: object({}),
    run: () =>
      new Promise(() => {
        process.stderr.write('fatal: simulated crash in the middle of a call\n', () => process.exit(3))
      }),
  },
  {
    name: 'env',
    description: 'The value of one environment variable, or (unset).',
    inputSchema: object({ name: { type: 'string' } }),
    run: (args) => text(process.env[args.name] ?? '(unset)'),
  },
  {
    name: 'write_file',
    description: 'Write text to a file; reports the error when that is not allowed.',
    inputSchema: object({ path: { type: 'string' }, text: { type: 'string' } }),
    run: (args) => {
      try {
        fs.writeFileSync(args.path, args.text)
        return text(`wrote ${args.path}`)
      } catch (error) {
        return { ...text(`cannot write ${args.path}: ${error.code ?? error.message}`), isError: true }
      }
    },
  },
]

/** A low-level MCP server offering the fixture tools; `processTools` adds crash, env and write_file. */
export function createFixtureServer({ name = 'fixture', processTools = false } = {}) {
  const tools = processTools ? [...COMMON_TOOLS, ...PROCESS_TOOLS] : COMMON_TOOLS
  const server = new Server({ name, version: '1.0.0' }, { capabilities: { tools: {} } })
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map(({ run: _run, ...tool }) => tool),
  }))
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = tools.find((candidate) => candidate.name === request.params.name)
    if (!tool) return { ...text(`unknown tool ${request.params.name}`), isError: true }
    return tool.run(request.params.arguments ?? {}, extra.signal)
  })
  return server
}
