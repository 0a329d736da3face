// Turns a resolved config into the parts a run needs: the model client, the sandboxed command
// runner (probed, failing closed), the tools, prices and limits. Shared by `exec` and the action so
// both behave the same for the same config.
import path from 'node:path'
import { resolveApiKey } from '../config/load.js'
import type { ModelPrice, ResolvedConfig } from '../config/types.js'
import { createModelClient } from '../model/openai.js'
import { contextWindowFor, priceFor } from '../model/pricing.js'
import type { ModelClient } from '../model/types.js'
import { createCommandRunner } from '../sandbox/index.js'
import type { CommandRunner, SandboxMode, SandboxPolicy } from '../sandbox/types.js'
import { ToolRegistry, builtinTools } from '../tools/registry.js'

export interface AgentParts {
  model: ModelClient
  runner: CommandRunner
  registry: ToolRegistry
  price: ModelPrice | undefined
  contextWindow: number | undefined
  policy: SandboxPolicy
}

export interface SetupOptions {
  config: ResolvedConfig
  workspace: string
  sandboxMode?: SandboxMode | undefined
  networkAccess?: boolean | undefined
  apiKey?: string | undefined
  env: NodeJS.ProcessEnv
  log: (line: string) => void
}

/** Throws ConfigError (bad key variable) or SandboxUnavailableError before any model call. */
export async function setupAgent(options: SetupOptions): Promise<AgentParts> {
  const { config } = options
  const apiKey = resolveApiKey(config, options.env, options.apiKey)
  const policy: SandboxPolicy = {
    mode: options.sandboxMode ?? config.sandboxMode,
    workspace: options.workspace,
    // Codex takes writable_roots as written; relative ones are read against the workspace.
    writableRoots: config.sandboxWorkspaceWrite.writableRoots.map((root) =>
      path.resolve(options.workspace, root),
    ),
    networkAccess: options.networkAccess ?? config.sandboxWorkspaceWrite.networkAccess,
  }
  const runner = await createCommandRunner({
    policy,
    envPolicy: config.shellEnvironmentPolicy,
    parentEnv: options.env,
    log: options.log,
  })
  const model = createModelClient({
    provider: config.provider,
    model: config.model,
    apiKey,
    env: options.env,
    log: options.log,
  })
  return {
    model,
    runner,
    registry: new ToolRegistry(builtinTools()),
    price: priceFor(config.model, config.pricing),
    contextWindow: config.modelContextWindow ?? contextWindowFor(config.model),
    policy,
  }
}
