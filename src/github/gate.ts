// Who may start a run, decided before any model call: people with write access (admin, maintain or
// write), bots only when the workflow lists them, and `allow-users` for read-only answers. An API
// failure other than "not a collaborator" propagates: the action fails rather than guess.
import type { GitHubClient } from './client.js'
import { statusOf } from './errors.js'
import type { Actor, GateDecision, Trigger } from './types.js'

/** Who may trigger a run beyond write permission; the action's inputs (Settings) are one such shape. */
export interface GateSettings {
  /** Logins allowed without write permission (their runs are read-only). */
  allowUsers: string[]
  /** Bot logins that may trigger a run; bots are refused otherwise. */
  allowBots: string[]
}

type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export async function authorize(
  client: GitHubClient,
  trigger: Trigger,
  settings: GateSettings,
): Promise<GateDecision> {
  if (trigger.source === 'schedule' || trigger.source === 'workflow_dispatch') {
    // Only people with write access can dispatch a workflow or change its schedule.
    return { allowed: true, permission: 'not-needed', forceReadOnly: false }
  }
  const actor = trigger.actor
  if (!actor.login)
    return { allowed: false, reason: 'the event names no actor, so their permission cannot be checked' }
  if (isBot(actor)) {
    if (listedBot(settings.allowBots, actor.login))
      return { allowed: true, permission: 'allow-listed', forceReadOnly: false }
    return {
      allowed: false,
      reason: `@${actor.login} is a bot; bots may not trigger codex-pr-action unless listed in allow-bots`,
    }
  }
  const role = await roleOf(client, trigger, actor.login)
  if (role === 'admin' || role === 'maintain' || role === 'write') {
    return { allowed: true, permission: role, forceReadOnly: false }
  }
  if (settings.allowUsers.some((entry) => sameLogin(entry, actor.login)))
    return { allowed: true, permission: 'allow-listed', forceReadOnly: true }
  const repo = `${trigger.repo.owner}/${trigger.repo.repo}`
  const has = role === 'none' ? 'is not a collaborator on' : `has ${role} permission on`
  const who =
    trigger.source === 'workflow_run' ? `@${actor.login} (who started the failed run)` : `@${actor.login}`
  return {
    allowed: false,
    reason: `${who} ${has} ${repo}; codex-pr-action needs write, maintain or admin permission (or the login in allow-users, for read-only runs)`,
  }
}

export function isBot(actor: Actor): boolean {
  return actor.type === 'Bot' || actor.login.toLowerCase().endsWith('[bot]')
}

/** Logins compare case-insensitively, with or without a leading `@`. */
function sameLogin(entry: string, login: string): boolean {
  return entry.replace(/^@/, '').toLowerCase() === login.toLowerCase()
}

/** A bot may be listed with or without its `[bot]` suffix (`renovate` or `renovate[bot]`). */
function listedBot(list: string[], login: string): boolean {
  const bare = (name: string) =>
    name
      .replace(/^@/, '')
      .toLowerCase()
      .replace(/\[bot\]$/, '')
  return list.some((entry) => bare(entry) === bare(login))
}

/**
 * The actor's role. The legacy `permission` field folds maintain into write and triage into read,
 * and custom roles show only there, so `role_name` wins when it is one of GitHub's own roles.
 */
async function roleOf(client: GitHubClient, trigger: Trigger, username: string): Promise<Role> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      owner: trigger.repo.owner,
      repo: trigger.repo.repo,
      username,
    })
    const roleName = (data.role_name ?? '').toLowerCase()
    if (isRole(roleName)) return roleName
    const legacy = (data.permission ?? '').toLowerCase()
    return isRole(legacy) ? legacy : 'none'
  } catch (error) {
    if (statusOf(error) === 404) return 'none'
    throw error
  }
}

function isRole(value: string): value is Role {
  return ['admin', 'maintain', 'write', 'triage', 'read', 'none'].includes(value)
}
