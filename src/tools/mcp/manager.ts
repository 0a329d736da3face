// All MCP servers of a run: started in parallel (so start-up costs the slowest server, not the sum),
// filtered by enabled_tools / disabled_tools, turned into tools, and stopped together at the end.
import type { McpServerConfig } from '../../config/types.js'
import type { ProbedBwrap, SandboxPolicy } from '../../sandbox/types.js'
import type { ShellEnvironmentPolicy } from '../../config/types.js'
import type { Tool } from '../types.js'
import { McpConnection } from './connect.js'
import type { McpToolInfo } from './connect.js'
import { assignToolNames, keyOf } from './names.js'
import { createMcpTool } from './tool.js'
import { errorMessage } from '../../common/errors.js'

export interface StartMcpOptions {
  servers: readonly McpServerConfig[]
  policy: SandboxPolicy
  envPolicy: ShellEnvironmentPolicy
  parentEnv: NodeJS.ProcessEnv
  /** Names already taken by built-in tools. */
  reservedNames?: readonly string[] | undefined
  /** The sandbox's bubblewrap and limits (CommandRunner.bwrap): servers run under the same caps. */
  bwrap?: ProbedBwrap | undefined
  log: (line: string) => void
}

export interface McpSession {
  /** Sorted by name, so the tool list is the same prefix from run to run. */
  tools: Tool[]
  /** Ids of the servers that started. */
  servers: string[]
  close(): Promise<void>
}

/** A required server that could not start: the run stops before the first model call. */
export class McpStartupError extends Error {
  constructor(
    readonly server: string,
    readonly reason: string,
  ) {
    super(`MCP server ${server} is required but could not start: ${reason}`)
    this.name = 'McpStartupError'
  }
}

type Started = { config: McpServerConfig; connection: McpConnection }

/** Throws McpStartupError (after stopping every server it started) when a required server fails. */
export async function startMcpServers(options: StartMcpOptions): Promise<McpSession> {
  const servers = options.servers.filter((server) => server.enabled)
  const giveUp = new AbortController()
  const started: Started[] = []
  let requiredFailure: McpStartupError | undefined
  await Promise.all(
    servers.map(async (config) => {
      try {
        const connection = await McpConnection.start(config, {
          policy: options.policy,
          envPolicy: options.envPolicy,
          parentEnv: options.parentEnv,
          bwrap: options.bwrap,
          signal: giveUp.signal,
        })
        started.push({ config, connection })
      } catch (error) {
        const reason = errorMessage(error)
        if (config.required) {
          // The first failure is the one to report; the others were only cut short by it.
          requiredFailure ??= new McpStartupError(config.id, reason)
          giveUp.abort(new Error(`start-up stopped: MCP server ${config.id} failed`))
        } else if (!giveUp.signal.aborted) {
          options.log(`warning: MCP server ${config.id} skipped: ${reason}`)
        }
      }
    }),
  )
  const close = () => closeAll(started)
  if (requiredFailure !== undefined) {
    await close()
    throw requiredFailure
  }
  started.sort((a, b) => (a.config.id < b.config.id ? -1 : 1))
  return {
    tools: toolsOf(started, options.reservedNames ?? []),
    servers: started.map((s) => s.config.id),
    close,
  }
}

async function closeAll(started: readonly Started[]): Promise<void> {
  await Promise.all(started.map(({ connection }) => connection.close().catch(() => {})))
}

/** Codex semantics: `enabled_tools` (when set) is an allow-list, then `disabled_tools` removes. */
export function isToolEnabled(config: McpServerConfig, tool: string): boolean {
  if (config.enabledTools !== undefined && !config.enabledTools.includes(tool)) return false
  return !config.disabledTools.includes(tool)
}

function toolsOf(started: readonly Started[], reservedNames: readonly string[]): Tool[] {
  const offered: { started: Started; info: McpToolInfo }[] = []
  for (const entry of started) {
    for (const info of entry.connection.tools) {
      if (isToolEnabled(entry.config, info.name)) offered.push({ started: entry, info })
    }
  }
  const names = assignToolNames(
    offered.map(({ started: entry, info }) => ({ server: entry.config.id, tool: info.name })),
    reservedNames,
  )
  const tools: Tool[] = []
  for (const { started: entry, info } of offered) {
    const key = keyOf({ server: entry.config.id, tool: info.name })
    const name = names.get(key)
    if (name === undefined) continue
    names.delete(key) // a server listing the same tool twice offers it once
    const tool = createMcpTool({
      name,
      connection: entry.connection,
      info,
      toolTimeoutSec: entry.config.toolTimeoutSec,
    })
    tools.push(tool as Tool)
  }
  return tools.sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1))
}
