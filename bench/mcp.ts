// What MCP servers cost before the first model request: three fixture stdio servers (under
// bubblewrap) that take 200, 400 and 600 ms to start must cost no more than the slowest alone,
// because they start in parallel. Measured at setupAgent level, and end to end through `exec`.
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
const STDIO_SERVER = path.resolve('__fixtures__/mcp/stdio-server.mjs')
const DELAYS_MS = [200, 400, 600]
const RUNS = 5

function serversToml(delays: readonly number[]): string {
  return delays
    .map((delay) =>
      [
        `[mcp_servers.delay${delay}]`,
        `command = ${JSON.stringify(process.execPath)}`,
        `args = ${JSON.stringify([STDIO_SERVER, '--delay-start-ms', String(delay)])}`,
      ].join('\n'),
    )
    .join('\n')
}

function configToml(baseUrl: string, delays: readonly number[]): string {
  const provider = `[model_providers.fake]\nname = "Fake"\nbase_url = "${baseUrl}"\nwire_api = "chat"`
  return `model_provider = "fake"\nmodel = "fake-model"\n${provider}\n${serversToml(delays)}\n`
}

/** setupAgent (sandbox probe, model client, MCP start-up) to ready, then close. */
async function setupOnce(workspace: Workspace, delays: readonly number[]): Promise<number> {
  const config = await loadConfig({ source: { text: configToml('http://127.0.0.1:9/v1', delays) } })
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

async function medianSetup(workspace: Workspace, delays: readonly number[]): Promise<number> {
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) samples.push(await setupOnce(workspace, delays))
  return median(samples)
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
  let slowest: number
  let all: number
  try {
    await setupOnce(workspace, DELAYS_MS) // warm up: the SDK's first load, the file cache
    slowest = await medianSetup(workspace, [Math.max(...DELAYS_MS)])
    all = await medianSetup(workspace, DELAYS_MS)
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
    { name: 'MCP: setupAgent with the 600 ms stdio server alone (median)', value: slowest, unit: 'ms' },
    {
      name: 'MCP: setupAgent with three servers starting in 200/400/600 ms (median)',
      value: all,
      unit: 'ms',
    },
    {
      name: 'MCP: the two faster servers add (parallel start)',
      value: all - slowest,
      unit: 'ms',
      target: '< 100 ms',
    },
    {
      name: 'exec: first model request, no MCP servers / three (median)',
      value: `${withoutServers.toFixed(0)} / ${withServers.toFixed(0)}`,
      unit: 'ms',
    },
  ]
}
