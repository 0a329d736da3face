// Shared by the MCP tests: config text for the fixture servers, a way to find their processes, and
// a run of the real agent (setupAgent + runAgent) against the scripted fake model.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AgentEvent } from '../../../src/protocol/events.js'
import { runAgent } from '../../../src/agent/loop.js'
import type { AgentResult } from '../../../src/agent/loop.js'
import { setupAgent } from '../../../src/agent/setup.js'
import type { AgentParts } from '../../../src/agent/setup.js'
import { loadConfig } from '../../../src/config/load.js'
import type { McpServerConfig } from '../../../src/config/types.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../../../src/sandbox/env.js'
import type { SandboxPolicy } from '../../../src/sandbox/types.js'
import type { SandboxMode } from '../../../src/config/types.js'
import { startMcpServers } from '../../../src/tools/mcp/manager.js'
import type { McpSession } from '../../../src/tools/mcp/manager.js'
import type { Tool, ToolContext, ToolResult } from '../../../src/tools/types.js'
import { startFakeModel } from '../../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../../__fixtures__/workspace.js'
import type { Workspace } from '../../../__fixtures__/workspace.js'

export const STDIO_SERVER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../__fixtures__/mcp/stdio-server.mjs',
)

/** A `[mcp_servers.<id>]` table for the fixture stdio server; `tag` marks its command line. */
export function stdioServerToml(id: string, options: { args?: string[]; tag?: string; extra?: string } = {}) {
  const args = [STDIO_SERVER, ...(options.args ?? []), ...(options.tag ? ['--tag', options.tag] : [])]
  return [
    `[mcp_servers.${id}]`,
    `command = ${JSON.stringify(process.execPath)}`,
    `args = ${JSON.stringify(args)}`,
    options.extra ?? '',
  ].join('\n')
}

/** The same server as a resolved config entry, for tests below the config loader. */
export function stdioServer(id: string, overrides: Partial<McpServerConfig> & { flags?: string[] } = {}) {
  const { flags, ...rest } = overrides
  const server: McpServerConfig = {
    id,
    command: process.execPath,
    args: [STDIO_SERVER, ...(flags ?? [])],
    env: {},
    httpHeaders: {},
    enabled: true,
    required: false,
    disabledTools: [],
    startupTimeoutSec: 20,
    toolTimeoutSec: 20,
    ...rest,
  }
  return server
}

/** Host pids of live processes whose command line contains `marker` (bwrap and the server in it). */
export function processesWith(marker: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]
      if (cmdline.includes(marker) && state !== 'Z') pids.push(Number(entry))
    } catch {
      // the process ended while we looked
    }
  }
  return pids
}

export interface SessionHarness {
  workspace: string
  /** The lines startMcpServers logged (warnings). */
  log: string[]
  session: McpSession | undefined
  start(
    servers: McpServerConfig[],
    options?: { mode?: SandboxMode; env?: NodeJS.ProcessEnv },
  ): Promise<McpSession>
  /** Runs one MCP tool by its model-facing name, as the loop would. */
  call(tools: Tool[], name: string, args?: Record<string, unknown>): Promise<ToolResult>
  cleanup(): Promise<void>
}

/** startMcpServers on a throwaway workspace, below setupAgent; cleanup stops the servers. */
export function sessionHarness(): SessionHarness {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'codex-mcp-ws-'))
  const policy = (mode: SandboxMode): SandboxPolicy => ({
    mode,
    workspace,
    writableRoots: [],
    networkAccess: false,
  })
  const context: ToolContext = {
    workspace,
    policy: policy('workspace-write'),
    runner: { policy: policy('workspace-write'), run: () => Promise.reject(new Error('unused')) },
    signal: new AbortController().signal,
    defaultTimeoutMs: 10_000,
    maxTimeoutMs: 60_000,
    emit: () => {},
    itemId: 'item_1',
  }
  const harness: SessionHarness = {
    workspace,
    log: [],
    session: undefined,
    async start(servers, options = {}) {
      harness.session = await startMcpServers({
        servers,
        policy: policy(options.mode ?? 'workspace-write'),
        envPolicy: DEFAULT_SHELL_ENV_POLICY,
        parentEnv: options.env ?? process.env,
        reservedNames: ['shell', 'apply_patch', 'update_plan'],
        log: (line) => harness.log.push(line),
      })
      return harness.session
    },
    async call(tools, name, args = {}) {
      const tool = tools.find((candidate) => candidate.spec.name === name)
      if (tool === undefined)
        throw new Error(`no tool ${name} among ${tools.map((t) => t.spec.name).join(', ')}`)
      return tool.run(args, context)
    },
    async cleanup() {
      await harness.session?.close()
      rmSync(workspace, { recursive: true, force: true })
    },
  }
  return harness
}

export interface McpRun {
  /** Undefined when setupAgent threw (then `setupError` holds why). */
  result: AgentResult | undefined
  setupError: Error | undefined
  events: AgentEvent[]
  fake: FakeModel
  workspace: Workspace
  /** The lines setupAgent logged (warnings). */
  log: string[]
  dispose: () => Promise<void>
}

export interface McpRunOptions {
  toml: string
  script: ScriptedTurn[]
  wire?: 'responses' | 'chat'
  sandbox?: SandboxMode
  env?: NodeJS.ProcessEnv
}

export function configToml(baseUrl: string, wire: string, servers: string): string {
  return [
    'model_provider = "fake"',
    'model = "fake-model"',
    '[model_providers.fake]',
    'name = "Fake"',
    `base_url = "${baseUrl}"`,
    `wire_api = "${wire}"`,
    servers,
  ].join('\n')
}

/** setupAgent → runAgent → close, as `exec` does. */
export async function runWithMcp(options: McpRunOptions): Promise<McpRun> {
  const wire = options.wire ?? 'chat'
  const fake = await startFakeModel(options.script)
  const workspace = await makeWorkspace()
  const run: McpRun = {
    result: undefined,
    setupError: undefined,
    events: [],
    fake,
    workspace,
    log: [],
    dispose: async () => {
      await fake.close()
      await workspace.cleanup()
    },
  }
  const env = options.env ?? process.env
  const config = await loadConfig({ source: { text: configToml(fake.baseUrl, wire, options.toml) }, env })
  let parts: AgentParts
  try {
    parts = await setupAgent({
      config,
      workspace: workspace.dir,
      sandboxMode: options.sandbox ?? 'workspace-write',
      env,
      log: (line) => run.log.push(line),
    })
  } catch (error) {
    run.setupError = error as Error
    return run
  }
  try {
    run.result = await runAgent({
      task: 'Use the tools.',
      workspace: workspace.dir,
      ...parts,
      budgets: { maxTurns: 10, timeoutMs: 60_000 },
      projectDocMaxBytes: 32 * 1024,
      onEvent: (event) => run.events.push(event),
    })
    return run
  } finally {
    await parts.close()
  }
}
