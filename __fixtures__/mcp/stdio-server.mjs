#!/usr/bin/env node
// A real stdio MCP server for tests and the benchmark. Options (argv) make it misbehave on cue:
//   --delay-start-ms N   wait N ms before answering anything (a slow start)
//   --crash-at-start     write to stderr and exit 2 before speaking
//   --hang-at-start      stay alive and never answer
//   --garbage            write text that is not JSON-RPC on stdout instead of answering
//   --stderr-noise N     write N lines to stderr at start (a chatty server)
//   --tag X              ignored: lets a test find this process by its command line
import { setInterval, setTimeout } from 'node:timers'

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const value = (name) => {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

const noise = Number(value('--stderr-noise') ?? 0)
for (let line = 0; line < noise; line++) process.stderr.write(`noise line ${line}: the server is chatty\n`)

if (flag('--crash-at-start')) {
  // Exit once stderr is flushed: over the socket pair Node spawns us with, writes are asynchronous.
  process.stderr.write('loading config\nfatal: cannot open database /nonexistent/db.sqlite\n', () =>
    process.exit(2),
  )
} else if (flag('--hang-at-start')) {
  setInterval(() => {}, 60_000)
} else if (flag('--garbage')) {
  process.stdout.write('Server starting... please wait\n')
  process.stdin.on('data', () => process.stdout.write('this is not JSON-RPC\n'))
} else {
  // The delay stands for a server waiting on something (a database, a download), not computing,
  // so it comes before loading the SDK.
  const delay = Number(value('--delay-start-ms') ?? 0)
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js')
  const { createFixtureServer } = await import('./tools.mjs')
  await createFixtureServer({ processTools: true }).connect(new StdioServerTransport())
}
