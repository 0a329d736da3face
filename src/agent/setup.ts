// Turns a resolved config into the parts a run needs: the model client, the sandboxed command
// runner (probed, failing closed), the tools, prices and limits. Shared by `exec` and the action so
// both behave the same for the same config. MCP servers start here too, all at once, and `close()`
// stops them: the caller calls it when the run ends, however it ends.
import path from 'node:path'
import { resolveApiKey } from '../config/load.js'
import type {
  ApprovalPolicy,
  CommandRule,
  ModelPrice,
  ReasoningSummary,
  ResolvedConfig,
  Verbosity,
} from '../config/types.js'
import { commandTokenSource } from '../model/auth-command.js'
import type { TokenSource } from '../model/auth-command.js'
import { createModelClient } from '../model/openai.js'
import { preloadFetch } from '../net/proxy.js'
import { contextWindowFor, priceFor } from '../model/pricing.js'
import type { ModelClient } from '../model/types.js'
import { createRedactor } from '../common/redact.js'
import { createCommandRunner } from '../sandbox/index.js'
import { secretValuesFromEnv } from '../secrets.js'
import type { CommandRunner, SandboxPolicy } from '../sandbox/types.js'
import type { SandboxMode } from '../config/types.js'
import type { McpSession } from '../tools/mcp/manager.js'
import { acceptsImages, toolFamilyFor } from '../tools/families.js'
import { ToolRegistry, builtinTools } from '../tools/registry.js'
import type { Tool } from '../tools/types.js'

export interface AgentParts {
  model: ModelClient
  runner: CommandRunner
  registry: ToolRegistry
  price: ModelPrice | undefined
  contextWindow: number | undefined
  policy: SandboxPolicy
  /** `[[rules]]` and `approval_policy`, handed to the loop (callers spread these parts into it). */
  rules: CommandRule[]
  approvalPolicy: ApprovalPolicy
  /** `model_reasoning_summary` and `model_verbosity`, for the model requests. */
  reasoningSummary: ReasoningSummary | undefined
  verbosity: Verbosity | undefined
  /** Stops the MCP servers; idempotent. Call it in a `finally`, also after a failed run. */
  close(): Promise<void>
}

export interface SetupOptions {
  config: ResolvedConfig
  workspace: string
  sandboxMode?: SandboxMode | undefined
  networkAccess?: boolean | undefined
  apiKey?: string | undefined
  env: NodeJS.ProcessEnv
  log: (line: string) => void
  /** Let the probe repair a broken sandbox with sudo: the action on a GitHub-hosted runner only. */
  repairSandbox?: boolean | undefined
  /**
   * The environment commands get when the config does not set `inherit`: `all` (Codex, exec) or
   * `runner`, the action's allow-list.
   */
  defaultEnvInherit?: 'all' | 'runner' | undefined
  /** Tools of one use (a review's `report_finding`), offered after the built-in ones. */
  extraTools?: readonly Tool[] | undefined
}

/**
 * The key, or for a provider with an `[auth]` command its token source. The first token is fetched
 * here, before any model call: a broken command stops the run at once, and the token is known to
 * the redactor of command output.
 */
async function credentials(
  options: SetupOptions,
): Promise<{ apiKey: string | undefined; tokens: TokenSource | undefined }> {
  const { auth, id } = options.config.provider
  if (!auth || (options.apiKey !== undefined && options.apiKey.trim() !== ''))
    return { apiKey: resolveApiKey(options.config, options.env, options.apiKey), tokens: undefined }
  const tokens = commandTokenSource(auth, { providerId: id, env: options.env })
  return { apiKey: await tokens.token(), tokens }
}

/**
 * The model client (its fetch loaded) and the built-in tools, built while the probe's process runs.
 * A failure is kept for `get()`, so that it does not overtake the probe's own error.
 */
function prepareFirstRequest(
  options: SetupOptions,
  apiKey: string | TokenSource | undefined,
): { get: () => { model: ModelClient; builtins: Tool[] } } {
  const { config } = options
  try {
    preloadFetch()
    const model = createModelClient({
      provider: config.provider,
      model: config.model,
      apiKey,
      env: options.env,
      log: options.log,
    })
    // The tool shapes this model was trained on (exec_command + free-form apply_patch, or shell).
    const builtins = [
      ...builtinTools(toolFamilyFor(config.model, config.provider.wireApi), {
        vision: acceptsImages(config.model),
      }),
      ...(options.extraTools ?? []),
    ]
    return { get: () => ({ model, builtins }) }
  } catch (error) {
    return {
      get: () => {
        throw error
      },
    }
  }
}

/**
 * Throws ConfigError (bad key variable), SandboxUnavailableError or McpStartupError (a required MCP
 * server did not start) before any model call.
 */
export async function setupAgent(options: SetupOptions): Promise<AgentParts> {
  const { config } = options
  const { apiKey, tokens } = await credentials(options)
  const policy: SandboxPolicy = {
    mode: options.sandboxMode ?? config.sandboxMode,
    workspace: options.workspace,
    // Codex takes writable_roots as written; relative ones are read against the workspace.
    writableRoots: config.sandboxWorkspaceWrite.writableRoots.map((root) =>
      path.resolve(options.workspace, root),
    ),
    networkAccess: options.networkAccess ?? config.sandboxWorkspaceWrite.networkAccess,
    limits: {
      maxProcesses: config.sandboxLimits.maxProcesses || undefined,
      tmpSizeMb: config.sandboxLimits.tmpSizeMb || undefined,
    },
  }
  const envPolicy = {
    ...config.shellEnvironmentPolicy,
    inherit: config.shellEnvironmentPolicy.inherit ?? options.defaultEnvInherit ?? 'all',
  }
  const enabledServers = config.mcpServers.filter((server) => server.enabled)
  // Loading the MCP SDK costs a few hundred ms: only when a server is configured, and while the
  // sandbox is probed.
  const mcpModule = enabledServers.length > 0 ? import('../tools/mcp/manager.js') : undefined
  mcpModule?.catch(() => {}) // awaited below; not an unhandled rejection if the probe throws first
  const probing = createCommandRunner({
    policy,
    envPolicy,
    parentEnv: options.env,
    autoFix: options.repairSandbox ?? false,
    log: options.log,
    // The model key and every secret-looking variable's value (the action's token inputs among them).
    redactor: createRedactor([apiKey ?? '', ...secretValuesFromEnv(options.env)], { keyShapes: false }),
  })
  // The probe's bubblewrap process has started: meanwhile, build what the first request needs.
  const prepared = prepareFirstRequest(options, tokens ?? apiKey)
  // A probe failure is the one reported, even when building the client failed too.
  const runner = await probing
  const { model, builtins } = prepared.get()
  // Last, so that nothing after it can throw and leave servers running.
  const manager = await mcpModule
  const mcp: McpSession | undefined = await manager?.startMcpServers({
    servers: enabledServers,
    policy,
    envPolicy,
    parentEnv: options.env,
    reservedNames: builtins.map((tool) => tool.spec.name),
    bwrap: runner.bwrap,
    log: options.log,
  })
  return {
    model,
    runner,
    // MCP tools come after the built-in ones, sorted: the tool list is a stable prefix across runs.
    registry: new ToolRegistry([...builtins, ...(mcp?.tools ?? [])]),
    price: priceFor(config.model, config.pricing),
    contextWindow: config.modelContextWindow ?? contextWindowFor(config.model),
    policy,
    rules: config.rules,
    approvalPolicy: config.approvalPolicy,
    reasoningSummary: config.modelReasoningSummary,
    verbosity: config.modelVerbosity,
    close: mcp?.close ?? (async () => {}),
  }
}
