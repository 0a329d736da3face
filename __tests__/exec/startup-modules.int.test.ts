// What `exec` loads to answer a task: only what the run needs. The MCP SDK (with zod), Octokit,
// ajv and the npm undici each cost tens of milliseconds to compile, so they are loaded on demand
// (an MCP server configured, the action's GitHub side, an output schema, a proxy), never at start.
// The bundle's files are recognised by what they contain, not by their names, which rollup picks.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

const REGISTER = path.resolve('__fixtures__/module-log/register.mjs')

/** Code only these libraries have: a loaded file holding one of them loaded that library. */
const LIBRARIES: Record<string, string> = {
  'MCP SDK': 'McpError',
  zod: 'ZodError',
  Octokit: 'class Octokit',
  ajv: 'strictSchema',
  'undici (npm)': 'llhttp',
}

let world: ConfigWorld | undefined
let logDir: string | undefined
afterEach(async () => {
  await world?.cleanup()
  if (logDir) await rm(logDir, { recursive: true, force: true })
  world = undefined
  logDir = undefined
})

/** Runs `exec` with `extraToml` in its config; the libraries whose code the process loaded. */
async function librariesLoaded(extraToml: string): Promise<string[]> {
  world = await configWorld()
  const model = await world.model()
  await world.write(
    'config.toml',
    `model_provider = "p"\nmodel = "m"\n${providerToml('p', model)}${extraToml}`,
  )
  logDir = await mkdtemp(path.join(os.tmpdir(), 'codex-module-log-'))
  const log = path.join(logDir, 'modules.txt')
  const run = await world.exec(['Task.'], {
    env: { NODE_OPTIONS: `--import ${REGISTER}`, MODULE_LOG: log },
  })
  expect(run.code, run.stderr).toBe(0)
  const urls = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'))
  const texts = await Promise.all(urls.map((url) => readFile(fileURLToPath(url), 'utf8')))
  return Object.entries(LIBRARIES)
    .filter(([, marker]) => texts.some((text) => text.includes(marker)))
    .map(([library]) => library)
}

describe('exec start-up', () => {
  it('a run without MCP servers, schema or proxy loads none of the on-demand libraries', async () => {
    expect(await librariesLoaded('')).toEqual([])
  })

  it('a configured MCP server brings the MCP SDK in (so the check above can see it)', async () => {
    const server = path.resolve('__fixtures__/mcp/light-stdio-server.mjs')
    const toml = `[mcp_servers.light]\ncommand = ${JSON.stringify(process.execPath)}\nargs = [${JSON.stringify(server)}]\n`
    expect(await librariesLoaded(toml)).toEqual(expect.arrayContaining(['MCP SDK', 'zod']))
  })
})
