// The environment a model's command sees, built from Codex's [shell_environment_policy]. The model is
// hostile, so by default anything that looks like a credential never reaches it.
import { isSecretName } from '../secrets.js'
import type { InheritMode, ShellEnvironmentPolicy } from '../config/types.js'

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

/**
 * What the action passes when the config does not set `inherit`: an allow-list, so a secret the
 * filters do not name (GH_PAT, NPM_AUTH, DATABASE_URL, SENTRY_DSN) never reaches a command. The
 * runner's documented non-secret variables, locale, and the homes that setup-* actions export.
 */
export const RUNNER_ENV_ALLOW_LIST: readonly string[] = [
  ...['HOME', 'PATH', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TEMP', 'TMP', 'TERM', 'TZ', 'CI'],
  ...['LANG', 'LANGUAGE', 'LC_*', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'DEBIAN_FRONTEND'],
  ...[
    'GITHUB_ACTIONS',
    'GITHUB_ACTION',
    'GITHUB_ACTION_PATH',
    'GITHUB_ACTION_REF',
    'GITHUB_ACTION_REPOSITORY',
  ],
  ...['GITHUB_ACTOR', 'GITHUB_ACTOR_ID', 'GITHUB_TRIGGERING_ACTOR', 'GITHUB_API_URL', 'GITHUB_GRAPHQL_URL'],
  ...['GITHUB_SERVER_URL', 'GITHUB_BASE_REF', 'GITHUB_HEAD_REF', 'GITHUB_EVENT_NAME', 'GITHUB_JOB'],
  ...['GITHUB_REF', 'GITHUB_REF_NAME', 'GITHUB_REF_PROTECTED', 'GITHUB_REF_TYPE', 'GITHUB_SHA'],
  ...['GITHUB_REPOSITORY', 'GITHUB_REPOSITORY_ID', 'GITHUB_REPOSITORY_OWNER', 'GITHUB_REPOSITORY_OWNER_ID'],
  ...[
    'GITHUB_RETENTION_DAYS',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_WORKSPACE',
  ],
  ...['GITHUB_WORKFLOW', 'GITHUB_WORKFLOW_REF', 'GITHUB_WORKFLOW_SHA'],
  ...['RUNNER_ARCH', 'RUNNER_DEBUG', 'RUNNER_ENVIRONMENT', 'RUNNER_NAME', 'RUNNER_OS', 'RUNNER_TOOL_CACHE'],
  ...['RUNNER_WORKSPACE', 'AGENT_TOOLSDIRECTORY', 'ImageOS', 'ImageVersion'],
  // Toolchains (actions/setup-java, -go, -python, -dotnet, android, rust, nvm, gradle, maven…).
  ...['JAVA_HOME', 'JAVA_HOME_*', 'GOROOT', 'GOROOT_*', 'GOPATH', 'GOBIN', 'GOTOOLCHAIN', 'GOFLAGS'],
  ...['pythonLocation', 'Python_ROOT_DIR', 'Python?_ROOT_DIR', 'PKG_CONFIG_PATH', 'LD_LIBRARY_PATH'],
  ...['DOTNET_ROOT', 'DOTNET_NOLOGO', 'DOTNET_CLI_TELEMETRY_OPTOUT', 'DOTNET_SKIP_FIRST_TIME_EXPERIENCE'],
  ...['ANDROID_HOME', 'ANDROID_SDK_ROOT', 'ANDROID_NDK', 'ANDROID_NDK_HOME', 'ANDROID_NDK_ROOT'],
  ...['ANDROID_NDK_LATEST_HOME', 'CARGO_HOME', 'RUSTUP_HOME', 'RUSTUP_TOOLCHAIN', 'NVM_DIR', 'PNPM_HOME'],
  ...['BUN_INSTALL', 'DENO_INSTALL', 'DENO_DIR', 'GRADLE_HOME', 'GRADLE_USER_HOME', 'MAVEN_HOME', 'M2_HOME'],
  ...['CONDA', 'VCPKG_INSTALLATION_ROOT', 'PIPX_HOME', 'PIPX_BIN_DIR', 'GHCUP_INSTALL_BASE_PREFIX'],
  ...['CHROME_BIN', 'CHROMEWEBDRIVER', 'EDGEWEBDRIVER', 'GECKOWEBDRIVER', 'SELENIUM_JAR_PATH'],
]
/** Built on first use: `exec` (which inherits `all`) need not spend start-up time on them. */
let runnerEnvPatterns: RegExp[] | undefined

/** Is this variable on the action's allow-list (or named by the config's `include_only`)? */
function allowedOnRunner(name: string, includeOnly: readonly RegExp[]): boolean {
  runnerEnvPatterns ??= RUNNER_ENV_ALLOW_LIST.map((glob) => globToRegExpCaseSensitive(glob))
  return matchesAny(name, runnerEnvPatterns) || matchesAny(name, includeOnly)
}

// GITHUB_TOKEN is already caught by TOKEN; listed so the intent survives an edit of the parts above.
// ACTIONS_* carries the runner's cache/OIDC/runtime endpoints, INPUT_* every action input (api-key…).
const DEFAULT_EXCLUDE_GLOBS = ['GITHUB_TOKEN', 'ACTIONS_*', 'INPUT_*']

/** Case-insensitive glob (`*`, `?`, `[abc]`) over the whole name, as Codex's wildmatch patterns. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(globToRegExpCaseSensitive(glob).source, 'i')
}

function globToRegExpCaseSensitive(glob: string): RegExp {
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
  return new RegExp(`^${source}$`)
}

function matchesAny(name: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(name))
}

const DEFAULT_EXCLUDE_PATTERNS = DEFAULT_EXCLUDE_GLOBS.map(globToRegExp)

/** True for names the default excludes drop (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL; GITHUB_TOKEN, ACTIONS_*, INPUT_*). */
export function isDefaultExcluded(name: string): boolean {
  return isSecretName(name) || matchesAny(name, DEFAULT_EXCLUDE_PATTERNS)
}

function inheritedEntries(
  inherit: InheritMode,
  parentEnv: NodeJS.ProcessEnv,
  includeOnly: readonly RegExp[],
): [string, string][] {
  if (inherit === 'none') return []
  const entries = Object.entries(parentEnv).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  if (inherit === 'all') return entries
  if (inherit === 'runner') return entries.filter(([name]) => allowedOnRunner(name, includeOnly))
  return entries.filter(([name]) => CORE_ENV_VARS.includes(name))
}

/**
 * Codex order: inherit (all | core | none) → default excludes (unless ignored) → `exclude` globs →
 * `set` → `includeOnly` globs when non-empty. Under `none` there is no PATH; the runner resolves
 * the program itself so a bare `bash` still starts. A policy without `inherit` takes
 * `defaultInherit`: `all` as in Codex (exec), `runner` in the action — the allow-list above, where
 * `includeOnly` names variables to pass on top of it, and `set` still applies.
 */
export function buildCommandEnv(
  policy: ShellEnvironmentPolicy,
  parentEnv: NodeJS.ProcessEnv,
  defaultInherit: 'all' | 'runner' = 'all',
): Record<string, string> {
  const inherit = policy.inherit ?? defaultInherit
  const includePatterns = policy.includeOnly.map(globToRegExp)
  const excludePatterns = policy.exclude.map(globToRegExp)
  const env: Record<string, string> = {}
  for (const [name, value] of inheritedEntries(inherit, parentEnv, includePatterns)) {
    if (!policy.ignoreDefaultExcludes && isDefaultExcluded(name)) continue
    if (matchesAny(name, excludePatterns)) continue
    env[name] = value
  }
  Object.assign(env, policy.set)
  if (policy.includeOnly.length === 0 || inherit === 'runner') return env
  return Object.fromEntries(Object.entries(env).filter(([name]) => matchesAny(name, includePatterns)))
}
