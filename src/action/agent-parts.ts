// The agent's parts as every use of the action sets them up (a task, `/codex ask`, a review): the
// key checked first in the action's words, the runner's environment allow-list, and sandbox
// self-repair only on GitHub-hosted runners.
import { setupAgent } from '../agent/setup.js'
import type { AgentParts } from '../agent/setup.js'
import type { SandboxMode } from '../config/types.js'
import { resolveApiKey } from '../config/load.js'
import { isGitHubHostedRunner } from '../sandbox/index.js'
import type { Tool } from '../tools/types.js'
import type { ActionDeps } from './deps.js'
import { actionKeyFix } from './input-overrides.js'
import type { TrustedConfig } from './trusted-config.js'

export async function actionAgentParts(
  deps: ActionDeps,
  trusted: TrustedConfig,
  options: { sandboxMode: SandboxMode; extraTools?: readonly Tool[] | undefined },
): Promise<AgentParts> {
  // Before setupAgent, which says the same in the CLI's words (`export …`).
  resolveApiKey(trusted.config, deps.processEnv, deps.settings.apiKey, actionKeyFix)
  return setupAgent({
    config: trusted.config,
    workspace: deps.settings.workingDirectory,
    sandboxMode: options.sandboxMode,
    apiKey: deps.settings.apiKey,
    env: deps.processEnv,
    log: deps.log,
    repairSandbox: isGitHubHostedRunner(deps.processEnv),
    defaultEnvInherit: 'runner',
    extraTools: options.extraTools,
  })
}
