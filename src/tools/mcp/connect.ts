// One MCP server connection: a stdio server spawned under the run's sandbox policy, or a streamable
// HTTP server; started (initialize + tools/list) within `startup_timeout_sec`, and stopped for sure.
import path from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { DEFAULT_INHERITED_ENV_VARS, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { CallToolResult, Tool as McpToolInfo } from '@modelcontextprotocol/sdk/types.js'
import type { McpServerConfig } from '../../config/types.js'
import { proxyFetch } from '../../net/proxy.js'
import { sandboxedSpawnSpec } from '../../sandbox/spawn-spec.js'
import type { ProbedBwrap, SandboxPolicy } from '../../sandbox/types.js'
import type { ShellEnvironmentPolicy } from '../../config/types.js'
import { isConnectionClosed, oneLine, startupFailure } from './errors.js'
import { StderrTail } from './stderr-tail.js'

export type { McpToolInfo }

export interface ConnectContext {
  policy: SandboxPolicy
  envPolicy: ShellEnvironmentPolicy
  /** The harness's environment: filtered for stdio servers, the source of bearer tokens for HTTP ones. */
  parentEnv: NodeJS.ProcessEnv
  bwrap?: ProbedBwrap | undefined
  /** Aborted when the run gives up on start-up (a required server failed). */
  signal?: AbortSignal | undefined
}

export interface CallOptions {
  timeoutMs: number
  signal: AbortSignal
}

const CLIENT_INFO = { name: 'codex-pr-action', version: '0.1.0' }
const MAX_TOOL_PAGES = 100
// Stopping: the MCP stdio shutdown sequence (close stdin, wait, SIGTERM, wait, SIGKILL), kept short.
const STDIN_GRACE_MS = 500
const TERM_GRACE_MS = 1000
const HTTP_CLOSE_MS = 1000

export class McpConnection {
  tools: McpToolInfo[] = []
  private state: 'running' | 'exited' | 'stopped' = 'running'
  /** Resolves when the SDK reports the connection closed (for stdio: the process has exited). */
  private readonly closed: Promise<void>
  private stopping: Promise<void> | undefined

  private constructor(
    readonly server: string,
    private readonly client: Client,
    private readonly transport: Transport,
    private readonly stderr: StderrTail | undefined,
    private readonly cleanup: () => Promise<void>,
  ) {
    this.closed = new Promise((resolve) => {
      client.onclose = () => {
        if (this.state === 'running') this.state = 'exited'
        resolve()
      }
    })
  }

  /** Spawns or contacts the server, initializes, lists its tools. Throws a one-line cause. */
  static async start(config: McpServerConfig, context: ConnectContext): Promise<McpConnection> {
    const connection = config.url === undefined ? await stdio(config, context) : http(config, context)
    try {
      await connection.initialize(config, context)
      return connection
    } catch (error) {
      if (isConnectionClosed(error)) await connection.stderr?.drained()
      const cause = startupFailure(error, connection.stderr?.text() ?? '')
      await connection.close()
      throw new Error(cause, { cause: error })
    }
  }

  /** Why the server can no longer be used (with its last stderr lines), or undefined while it runs. */
  get failure(): string | undefined {
    if (this.state === 'running') return undefined
    if (this.state === 'stopped') return 'it was stopped'
    const tail = this.stderr?.text() ?? ''
    return tail === '' ? 'it exited' : `it exited; its last output: ${tail}`
  }

  /** Resolves once the exited server's stderr has been read to the end (or soon after). */
  async drained(): Promise<void> {
    await this.stderr?.drained()
  }

  async callTool(name: string, args: Record<string, unknown>, options: CallOptions): Promise<CallToolResult> {
    const result = await this.client.callTool({ name, arguments: args }, undefined, {
      timeout: options.timeoutMs,
      signal: options.signal,
    })
    return result as CallToolResult
  }

  /** Idempotent; resolves once the server has exited (stdio) or the session is closed (HTTP). */
  close(): Promise<void> {
    this.stopping ??= this.stop()
    return this.stopping
  }

  private async stop(): Promise<void> {
    this.state = 'stopped'
    try {
      if (this.transport instanceof StreamableHTTPClientTransport) await this.closeHttp(this.transport)
      else await this.closeStdio()
    } finally {
      await this.cleanup()
    }
  }

  private async initialize(config: McpServerConfig, context: ConnectContext): Promise<void> {
    const timeoutMs = config.startupTimeoutSec * 1000
    const startup = new AbortController()
    const timer = setTimeout(() => {
      const reason = `no answer within startup_timeout_sec = ${config.startupTimeoutSec} s`
      startup.abort(new Error(reason))
    }, timeoutMs)
    const stopStartup = () => startup.abort(context.signal?.reason ?? new Error('start-up cancelled'))
    context.signal?.addEventListener('abort', stopStartup, { once: true })
    // Text on stdout that is not JSON-RPC would otherwise only surface as a timeout much later.
    this.client.onerror = (error) => {
      if (this.transport instanceof StdioClientTransport && isNotJsonRpc(error))
        startup.abort(new Error(`wrote something other than JSON-RPC on stdout (${oneLine(error.message)})`))
    }
    try {
      context.signal?.throwIfAborted()
      // The SDK's own timeout only backs up the start-up timer, whose message names the setting.
      const options = { timeout: timeoutMs + 1000, signal: startup.signal }
      await this.client.connect(this.transport, options)
      this.tools = await listAllTools(this.client, options)
    } catch (error) {
      // The SDK reports an abort as a timeout; the reason given to abort() says what happened.
      throw startup.signal.aborted ? startup.signal.reason : error
    } finally {
      clearTimeout(timer)
      context.signal?.removeEventListener('abort', stopStartup)
      // Later stray output is ignored: a call in flight fails on its own timeout or on the exit.
      this.client.onerror = () => {}
    }
  }

  private async closeStdio(): Promise<void> {
    const pid = this.transport instanceof TrackedStdioTransport ? this.transport.spawnedPid : undefined
    void this.client.close().catch(() => {})
    if (pid === undefined || (await settlesWithin(this.closed, STDIN_GRACE_MS))) return
    signal(pid, 'SIGTERM')
    if (await settlesWithin(this.closed, TERM_GRACE_MS)) return
    signal(pid, 'SIGKILL')
    await settlesWithin(this.closed, TERM_GRACE_MS)
  }

  private async closeHttp(transport: StreamableHTTPClientTransport): Promise<void> {
    // Polite, not essential: the server may keep a session otherwise. Never waits long for it.
    await settlesWithin(
      transport.terminateSession().catch(() => {}),
      HTTP_CLOSE_MS,
    )
    await settlesWithin(
      this.client.close().catch(() => {}),
      HTTP_CLOSE_MS,
    )
  }

  static create(
    server: string,
    transport: Transport,
    stderr: StderrTail | undefined,
    cleanup: () => Promise<void>,
  ): McpConnection {
    const client = new Client(CLIENT_INFO, { capabilities: {} })
    return new McpConnection(server, client, transport, stderr, cleanup)
  }
}

/** Remembers the pid: the SDK forgets it as soon as it starts closing, before the process is gone. */
class TrackedStdioTransport extends StdioClientTransport {
  spawnedPid: number | undefined

  override async start(): Promise<void> {
    await super.start()
    this.spawnedPid = this.pid ?? undefined
  }
}

async function stdio(config: McpServerConfig, context: ConnectContext): Promise<McpConnection> {
  const workspace = context.policy.workspace
  const spec = await sandboxedSpawnSpec({
    policy: context.policy,
    envPolicy: context.envPolicy,
    parentEnv: context.parentEnv,
    argv: [config.command ?? '', ...config.args],
    cwd: config.cwd === undefined ? workspace : path.resolve(workspace, config.cwd),
    extraEnv: config.env,
    bwrap: context.bwrap,
  })
  const transport = new TrackedStdioTransport({
    command: spec.command,
    args: spec.args,
    env: exactEnv(spec.env),
    cwd: spec.cwd,
    stderr: 'pipe',
  })
  const tail = new StderrTail(transport.stderr as NodeJS.ReadableStream | null)
  return McpConnection.create(config.id, transport, tail, spec.cleanup)
}

function http(config: McpServerConfig, context: ConnectContext): McpConnection {
  const headers: Record<string, string> = { ...config.httpHeaders }
  if (config.bearerTokenEnvVar !== undefined) {
    const token = context.parentEnv[config.bearerTokenEnvVar]
    if (token === undefined || token === '') {
      throw new Error(`bearer_token_env_var names ${config.bearerTokenEnvVar}, which is not set`)
    }
    headers.Authorization = `Bearer ${token}`
  }
  const transport = new StreamableHTTPClientTransport(new URL(config.url ?? ''), {
    requestInit: { headers },
    fetch: proxyFetch(context.parentEnv),
  })
  return McpConnection.create(config.id, transport, undefined, async () => {})
}

/**
 * The SDK adds HOME, PATH, USER… from our own process under the given env; an explicit `undefined`
 * (which spawn skips) keeps the environment exactly what the policy built.
 */
function exactEnv(env: Record<string, string>): Record<string, string> {
  const exact: Record<string, string | undefined> = { ...env }
  for (const name of DEFAULT_INHERITED_ENV_VARS) if (!(name in env)) exact[name] = undefined
  return exact as Record<string, string>
}

async function listAllTools(
  client: Client,
  options: { timeout: number; signal: AbortSignal },
): Promise<McpToolInfo[]> {
  const tools: McpToolInfo[] = []
  let cursor: string | undefined
  for (let page = 0; page < MAX_TOOL_PAGES; page++) {
    const result = await client.listTools(cursor === undefined ? {} : { cursor }, options)
    tools.push(...result.tools)
    cursor = result.nextCursor
    if (cursor === undefined) break
  }
  return tools
}

/** What the SDK's stdio reader throws for a line that is not JSON, or JSON that is not JSON-RPC. */
function isNotJsonRpc(error: Error): boolean {
  return error instanceof SyntaxError || error.name === 'ZodError'
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer))
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // ESRCH: already gone
  }
}
