// The environment a model's command sees, built from Codex's [shell_environment_policy]. The model is
// hostile, so by default anything that looks like a credential never reaches it.
import type { ShellEnvironmentPolicy } from './types.js'

/** Codex's `inherit = "core"` set: enough for ordinary tools to behave, nothing secret. */
export const CORE_ENV_VARS: readonly string[] = [
  'HOME',
  'LOGNAME',
  'PATH',
  'SHELL',
  'USER',
  'USERNAME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'LANG',
  'LC_ALL',
  'TERM',
]

export const DEFAULT_SHELL_ENV_POLICY: ShellEnvironmentPolicy = {
  inherit: 'all',
  ignoreDefaultExcludes: false,
  exclude: [],
  set: {},
  includeOnly: [],
}

const SECRET_NAME_PARTS = ['KEY', 'SECRET', 'TOKEN', 'PASSWORD', 'CREDENTIAL']
// GITHUB_TOKEN is already caught by TOKEN; listed so the intent survives an edit of the parts above.
// ACTIONS_* carries the runner's cache/OIDC/runtime endpoints, INPUT_* every action input (api-key…).
const DEFAULT_EXCLUDE_GLOBS = ['GITHUB_TOKEN', 'ACTIONS_*', 'INPUT_*']

/** Case-insensitive glob (`*`, `?`, `[abc]`) over the whole name, as Codex's wildmatch patterns. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? ''
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1)
      if (close === -1) {
        source += '\\['
        continue
      }
      const body = glob.slice(index + 1, close).replace(/\\/g, '\\\\')
      source += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`
      index = close
    } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 'i')
}

function matchesAny(name: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(name))
}

const DEFAULT_EXCLUDE_PATTERNS = DEFAULT_EXCLUDE_GLOBS.map(globToRegExp)

/** True for names the default excludes drop (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL; GITHUB_TOKEN, ACTIONS_*, INPUT_*). */
export function isDefaultExcluded(name: string): boolean {
  const upper = name.toUpperCase()
  return SECRET_NAME_PARTS.some((part) => upper.includes(part)) || matchesAny(name, DEFAULT_EXCLUDE_PATTERNS)
}

function inheritedEntries(policy: ShellEnvironmentPolicy, parentEnv: NodeJS.ProcessEnv): [string, string][] {
  if (policy.inherit === 'none') return []
  const entries = Object.entries(parentEnv).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  if (policy.inherit === 'all') return entries
  return entries.filter(([name]) => CORE_ENV_VARS.includes(name))
}

/**
 * Codex order: inherit (all | core | none) → default excludes (unless ignored) → `exclude` globs →
 * `set` → `includeOnly` globs when non-empty. Under `none` there is no PATH; the runner resolves
 * the program itself so a bare `bash` still starts.
 */
export function buildCommandEnv(
  policy: ShellEnvironmentPolicy,
  parentEnv: NodeJS.ProcessEnv,
): Record<string, string> {
  const excludePatterns = policy.exclude.map(globToRegExp)
  const env: Record<string, string> = {}
  for (const [name, value] of inheritedEntries(policy, parentEnv)) {
    if (!policy.ignoreDefaultExcludes && isDefaultExcluded(name)) continue
    if (matchesAny(name, excludePatterns)) continue
    env[name] = value
  }
  Object.assign(env, policy.set)
  if (policy.includeOnly.length === 0) return env
  const includePatterns = policy.includeOnly.map(globToRegExp)
  return Object.fromEntries(Object.entries(env).filter(([name]) => matchesAny(name, includePatterns)))
}
