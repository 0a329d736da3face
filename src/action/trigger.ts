// The trigger of a run, from the event. One event needs the config to decide: `issues: assigned`
// is a task only when the assignee is the one `[github] assignee` names, read from the default
// branch like all config.
import { loadConfig } from '../config/load.js'
import type { GitHubClient } from '../github/client.js'
import { parseTrigger } from '../github/event.js'
import { readTrustedFile } from '../github/repo-files.js'
import type { Skip, Trigger } from '../github/types.js'
import type { ActionDeps } from './deps.js'

export async function resolveTrigger(deps: ActionDeps, client: GitHubClient): Promise<Trigger | Skip> {
  const trigger = parseTrigger(deps.env, deps.payload, deps.settings)
  if (trigger.source !== 'skip' || !isAssignment(deps)) return trigger
  const assignee = await configuredAssignee(deps, client)
  return assignee === undefined
    ? trigger
    : parseTrigger(deps.env, deps.payload, { ...deps.settings, assignee })
}

function isAssignment(deps: ActionDeps): boolean {
  const payload = deps.payload as { action?: unknown } | null
  return deps.env.eventName === 'issues' && payload?.action === 'assigned'
}

async function configuredAssignee(deps: ActionDeps, client: GitHubClient): Promise<string | undefined> {
  const { owner, repo } = deps.env.repository
  const { data } = await client.rest.repos.get({ owner, repo })
  const configPath = deps.settings.configPath.replace(/^\.\//, '')
  const text = await readTrustedFile(client, deps.env.repository, configPath, data.default_branch)
  if (text === undefined) return undefined
  const config = await loadConfig({
    source: { text },
    label: `${configPath} at ${data.default_branch}`,
    env: deps.processEnv,
  })
  return config.github.assignee
}
