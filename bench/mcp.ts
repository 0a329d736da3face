// What MCP servers cost before the first model request: three fixture stdio servers (under
// bubblewrap) that take 200, 400 and 600 ms to start must cost no more than the slowest alone,
// because they start in parallel. Measured at setupAgent level, and end to end through `exec`.
// Twice: with the SDK-based fixture server, whose own boot (Node and the MCP SDK, a few hundred
// ms of CPU each) competes for the two cores, and with a server that is cheap to boot, so that
// what remains is the harness's own cost of starting servers side by side.
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setupAgent } from '../src/agent/setup.js'
import { loadConfig } from '../src/config/load.js'
import { startFakeModel } from '../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../__fixtures__/workspace.js'
import type { Workspace } from '../__fixtures__/workspace.js'
import type { Figure } from './figures.js'
import { median, now } from './figures.js'

const CLI = path.resolve('dist/cli.js')
const SDK_SERVER = path.resolve('__fixtures__/mcp/stdio-server.mjs')
const LIGHT_SERVER = path.resolve('__fixtures__/mcp/light-stdio-server.mjs')
const DELAYS_MS = [200, 400, 600]
const RUNS = 5

function serversToml(delays: readonly number[], server = SDK_SERVER): string {
  return delays
    .map((delay) =>
      [
        `[mcp_servers.delay${delay}]`,
        `command = ${JSON.stringify(process.execPath)}`,
        `args = ${JSON.stringify([server, '--delay-start-ms', String(delay)])}`,
      ].join('\n'),
    )
    .join('\n')
}

function configToml(baseUrl: string, delays: readonly number[], server = SDK_SERVER): string {
  const provider = `[model_providers.fake]\nname = "Fake"\nbase_url = "${baseUrl}"\nwire_api = "chat"`
  return `model_provider = "fake"\nmodel = "fake-model"\n${provider}\n${serversToml(delays, server)}\n`
}

/** setupAgent (sandbox probe, model client, MCP start-up) to ready, then close. */
async function setupOnce(workspace: Workspace, delays: readonly number[], server: string): Promise<number> {
  const config = await loadConfig({ source: { text: configToml('http://127.0.0.1:9/v1', delays, server) } })
  const warnings: string[] = []
  const startedAt = now()
  const parts = await setupAgent({
    config,
    workspace: workspace.dir,
    sandboxMode: 'workspace-write',
    env: process.env,
    log: (line) => {
      if (line.includes('MCP')) warnings.push(line)
    },
  })
  const elapsed = now() - startedAt
  await parts.close()
  if (warnings.length > 0) throw new Error(`bench: MCP servers failed to start:\n${warnings.join('\n')}`)
  return elapsed
}

async function medianSetup(workspace: Workspace, delays: readonly number[], server: string): Promise<number> {
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) samples.push(await setupOnce(workspace, delays, server))
  return median(samples)
}

/** The slowest server alone, then all three: what the two faster ones add when started together. */
async function parallelStart(
  workspace: Workspace,
  server: string,
): Promise<{ slowest: number; all: number }> {
  await setupOnce(workspace, DELAYS_MS, server) // warm up: the SDK's first load, the file cache
  const slowest = await medianSetup(workspace, [Math.max(...DELAYS_MS)], server)
  const all = await medianSetup(workspace, DELAYS_MS, server)
  return { slowest, all }
}

/** `node dist/cli.js exec` from spawn to the fake model's first request. */
async function execFirstRequestMs(delays: readonly number[]): Promise<number> {
  const fake = await startFakeModel([{ text: 'Done.' }])
  const workspace = await makeWorkspace()
  try {
    const configFile = path.join(workspace.dir, '..', 'bench-mcp.toml')
    await writeFile(configFile, configToml(fake.baseUrl, delays))
    const startedAt = now()
    const args = [
      'exec',
      '--cd',
      workspace.dir,
      '--config-file',
      configFile,
      '--sandbox',
      'workspace-write',
      'Hi.',
    ]
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    if (code !== 0 || fake.requests[0] === undefined)
      throw new Error(`exec failed (exit ${code}):\n${stderr}`)
    return fake.requests[0].receivedAt - startedAt
  } finally {
    await fake.close()
    await workspace.cleanup()
  }
}

export async function benchMcp(): Promise<Figure[]> {
  const workspace = await makeWorkspace()
  let sdk: { slowest: number; all: number }
  let light: { slowest: number; all: number }
  try {
    sdk = await parallelStart(workspace, SDK_SERVER)
    light = await parallelStart(workspace, LIGHT_SERVER)
  } finally {
    await workspace.cleanup()
  }
  const exec: { none: number[]; three: number[] } = { none: [], three: [] }
  for (let run = 0; run < 3; run++) {
    exec.none.push(await execFirstRequestMs([]))
    exec.three.push(await execFirstRequestMs(DELAYS_MS))
  }
  const [withoutServers, withServers] = [median(exec.none), median(exec.three)]
  return [
    {
      name: 'MCP: setupAgent with the 600 ms SDK fixture server alone / with three (200/400/600 ms), median',
      value: `${sdk.slowest.toFixed(0)} / ${sdk.all.toFixed(0)}`,
      unit: 'ms',
    },
    {
      name: 'MCP: the two faster SDK fixture servers add (their own boot CPU included)',
      value: sdk.all - sdk.slowest,
      unit: 'ms',
    },
    {
      name: 'MCP: setupAgent with the 600 ms light server alone / with three (200/400/600 ms), median',
      value: `${light.slowest.toFixed(0)} / ${light.all.toFixed(0)}`,
      unit: 'ms',
    },
    {
      name: "MCP: the two faster light servers add (the harness's parallel start)",
      value: light.all - light.slowest,
      unit: 'ms',
      target: '< 100 ms',
    },
    {
      name: 'exec: first model request, no MCP servers / three SDK fixture servers (median)',
      value: `${withoutServers.toFixed(0)} / ${withServers.toFixed(0)}`,
      unit: 'ms',
    },
  ]
}
