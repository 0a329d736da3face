// Config and AGENTS.md for the action come from the trusted ref — the base branch on PR events,
// the default branch otherwise — read through the API, never from the checked-out files, which on
// a PR are the head's and may carry a hostile `.codex/config.toml` or AGENTS.md.
import path from 'node:path'
import { projectDocNames, type ProjectDoc } from '../agent/project-docs.js'
import { definedProviderIds, explainProviderInput, overridesFromInputs } from './input-overrides.js'
import { loadConfig } from '../config/load.js'
import type { ResolvedConfig } from '../config/types.js'
import type { GitHubClient } from '../github/client.js'
import { readTrustedFile, readTrustedProjectDocs, trustedRef } from '../github/repo-files.js'
import type { PullInfo, Trigger } from '../github/types.js'
import type { ActionDeps } from './deps.js'

export interface TrustedConfig {
  config: ResolvedConfig
  projectDocs: ProjectDoc[]
  /** The ref both were read from. */
  ref: string
}

export async function loadTrustedConfig(
  client: GitHubClient,
  deps: Pick<ActionDeps, 'env' | 'settings' | 'processEnv' | 'log'>,
  trigger: Trigger,
  pull: PullInfo | undefined,
): Promise<TrustedConfig> {
  const { settings, env } = deps
  const ref = await trustedRef(client, trigger, pull)
  const configPath = settings.configPath.replace(/^\.\//, '')
  const text = await readTrustedFile(client, trigger.repo, configPath, ref)
  deps.log(
    text === undefined
      ? `config: no ${configPath} at ${ref}; using defaults and inputs`
      : `config: ${configPath} at ${ref}`,
  )
  const config = await loadConfig({
    source: text === undefined ? undefined : { text },
    label: `${configPath} at ${ref}`,
    overrides: overridesFromInputs(settings),
    env: deps.processEnv,
  }).catch((error: unknown) => {
    throw explainProviderInput(error, settings, definedProviderIds(text), configPath)
  })
  for (const warning of config.warnings) deps.log(`warning: ${warning}`)
  const workingDir = path.relative(env.workspace, settings.workingDirectory).split(path.sep).join('/')
  const projectDocs = await readTrustedProjectDocs(
    client,
    trigger.repo,
    ref,
    workingDir,
    config.projectDocMaxBytes,
    projectDocNames(config.projectDocFallbackFilenames),
  )
  return { config, projectDocs, ref }
}
