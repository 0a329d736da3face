// Loads `config.toml` the way Codex does — file, then the selected profile, then `-c` overrides —
// validates the merged table once, and resolves the provider. Every failure is one ConfigError.
import { ConfigError, describeValue } from './errors.js'
import { applyOverride, parseOverride } from './overrides.js'
import type { ConfigOverride } from './overrides.js'
import { DEFAULT_LOCAL_MODELS, DEFAULT_PROVIDER_ID, LOCAL_PROVIDERS, resolveProvider } from './providers.js'
import type { LocalProviderId } from './providers.js'
import { ConfigContext, formatPath, isTable, newTable } from './reader.js'
import type { KeyPath, TomlTableLike } from './reader.js'
import { validateConfig } from './schema.js'
import { MISSING_FILE_FIX, parseToml, readConfigText } from './toml-text.js'
import type { ValidatedConfig } from './schema.js'
import type { ResolvedConfig } from './types.js'

export const DEFAULT_MODEL = 'gpt-5-codex'
// Callers find the key next to the config it comes from.
export { resolveApiKey } from './api-key.js'

/**
 * Where config.toml's text comes from: a file to read (missing means "use the defaults" unless
 * `required`), or text already read elsewhere (e.g. the base branch through the GitHub API).
 */
export type ConfigSource =
  { readonly path: string; readonly required?: boolean | undefined } | { readonly text: string }

export interface LoadConfigOptions {
  /** No source: the defaults, inputs and overrides alone. */
  source?: ConfigSource | undefined
  /**
   * How every error and warning names the config, e.g. `.codex/config.toml at <sha>`; a file
   * source defaults to its path, text to `config`.
   */
  label?: string | undefined
  /** Raw `-c key=value` strings, applied in order. */
  overrides?: readonly string[] | undefined
  /** `--profile`; wins over `-c profile=…` and the file's top-level `profile`. */
  profile?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
}

function selectProfileName(
  ctx: ConfigContext,
  root: TomlTableLike,
  overrides: readonly ConfigOverride[],
  cliProfile: string | undefined,
): string | undefined {
  if (cliProfile !== undefined) return cliProfile
  const fromOverride = overrides.findLast((o) => o.path.length === 1 && o.path[0] === 'profile')
  const value = fromOverride ? fromOverride.value : root['profile']
  if (value === undefined || typeof value === 'string') return value
  return ctx.fail(
    ['profile'],
    `profile must be a string (got ${describeValue(value)})`,
    'write profile = "name"',
  )
}

/** Copies `source` over `target` table by table, recording each value it sets as a layer. */
export function mergeLayer(
  ctx: ConfigContext,
  target: TomlTableLike,
  source: TomlTableLike,
  at: KeyPath,
  shownAt: KeyPath,
  where: string = ctx.where,
) {
  for (const [key, value] of Object.entries(source)) {
    const existing = Object.hasOwn(target, key) ? target[key] : undefined
    if (isTable(value) && isTable(existing)) {
      mergeLayer(ctx, existing, value, [...at, key], [...shownAt, key], where)
      continue
    }
    target[key] = value
    ctx.addLayer([...at, key], where, [...shownAt, key])
  }
}

function applyProfile(
  ctx: ConfigContext,
  root: TomlTableLike,
  name: string,
  /** exec's `$CODEX_HOME/<name>.config.toml`, which does not exist either. */
  profileFile?: string,
): void {
  const profiles = Object.hasOwn(root, 'profiles') ? root['profiles'] : undefined
  if (profiles !== undefined && !isTable(profiles)) {
    ctx.fail(
      ['profiles'],
      `profiles must be a table (got ${describeValue(profiles)})`,
      'define each profile as [profiles.<name>]',
    )
  }
  const profile = profiles && Object.hasOwn(profiles, name) ? profiles[name] : undefined
  if (profile === undefined) {
    const defined = profiles ? Object.keys(profiles) : []
    const list = defined.length
      ? `defined profiles: ${defined.join(', ')}`
      : 'no [profiles.<name>] tables are defined'
    const noFile = profileFile === undefined ? '' : `; there is no ${profileFile} either`
    const problem = `profile ${JSON.stringify(name)} is not defined (${list}${noFile})`
    const create = profileFile === undefined ? '' : ` or create ${profileFile}`
    const fix = `add a [profiles.${formatPath([name])}] table${create}, or select one of the defined profiles`
    throw new ConfigError({ label: ctx.label, key: 'profile', where: ctx.where, problem, fix })
  }
  const shown = ['profiles', name]
  if (!isTable(profile)) {
    ctx.fail(
      shown,
      `${formatPath(shown)} must be a table (got ${describeValue(profile)})`,
      `write it as [${formatPath(shown)}]`,
    )
  }
  const values = newTable()
  for (const [key, value] of Object.entries(profile)) {
    // A profile cannot select or define profiles: that would make the order of layers ambiguous.
    if (key === 'profile' || key === 'profiles')
      ctx.warn(`'${formatPath([...shown, key])}' in ${ctx.where} has no effect inside a profile (ignored)`)
    else values[key] = value
  }
  mergeLayer(ctx, root, values, [], shown)
}

function applyOverrides(
  ctx: ConfigContext,
  root: TomlTableLike,
  overrides: readonly ConfigOverride[],
  texts: readonly string[],
) {
  overrides.forEach((override, index) => {
    applyOverride(root, override)
    const where = ctx.label ? `${ctx.label} (with -c ${texts[index]})` : `-c ${texts[index]}`
    ctx.addLayer(override.path, where)
  })
}

/** The source's text, or undefined when there is none (no source, or a missing optional file). */
function readSource(
  source: ConfigSource | undefined,
  label: string | undefined,
): Promise<string | undefined> {
  if (source === undefined) return Promise.resolve(undefined)
  if ('text' in source) return Promise.resolve(source.text)
  return readConfigText(source.path, source.required ?? false, MISSING_FILE_FIX, label)
}

export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const source = options.source
  const label = options.label ?? (source && 'path' in source ? source.path : undefined)
  const text = await readSource(source, label)
  const ctx = new ConfigContext(text === undefined ? undefined : label)
  const root = text === undefined ? newTable() : parseToml(text, ctx.label)
  return resolveMerged(ctx, root, {
    overrides: options.overrides ?? [],
    profile: options.profile,
    env: options.env ?? process.env,
  })
}

export interface MergeOptions {
  overrides: readonly string[]
  /** `--profile`: a `[profiles.<name>]` table of the merged config. */
  profile?: string | undefined
  /** True when `--profile` was a `$CODEX_HOME/<name>.config.toml` layer, already merged. */
  profileIsFile?: boolean | undefined
  /** Where exec looked for the profile's own file, for the message when nothing defines it. */
  profileFileLooked?: string | undefined
  env: NodeJS.ProcessEnv
  /** `--oss`: the local provider (`--local-provider`, else `oss_provider`) and its default model. */
  oss?: { localProvider: string | undefined; modelFromCli: boolean } | undefined
}

/** The merged file layers → `[profiles.<name>]` → `-c` overrides → `--oss` → one validated config. */
export function resolveMerged(
  ctx: ConfigContext,
  root: TomlTableLike,
  options: MergeOptions,
): ResolvedConfig {
  const overrides = options.overrides.map(parseOverride)
  const profile = options.profileIsFile
    ? options.profile
    : selectProfileName(ctx, root, overrides, options.profile)
  if (profile !== undefined && !options.profileIsFile)
    applyProfile(ctx, root, profile, profile === options.profile ? options.profileFileLooked : undefined)
  applyOverrides(ctx, root, overrides, options.overrides)
  if (options.oss) selectLocalProvider(ctx, root, options.oss)

  let config: ValidatedConfig
  try {
    config = validateConfig(ctx, root)
  } catch (error) {
    // Every problem of the config at once: the collected ones, then the one that stopped reading.
    if (error instanceof ConfigError) ctx.throwErrors(error)
    throw error
  }
  ctx.throwErrors()
  const providerId = config.modelProvider ?? DEFAULT_PROVIDER_ID
  const provider = resolveProvider(providerId, config.providers, options.env, ctx, config.openaiBaseUrl)
  if (config.model === undefined && provider.id !== DEFAULT_PROVIDER_ID) {
    ctx.warn(
      `model is not set in ${ctx.where}, so ${DEFAULT_MODEL} is asked of provider '${provider.id}', which may not serve it. Fix: set model = "…"`,
    )
  }
  return {
    label: ctx.label,
    profile,
    model: config.model ?? DEFAULT_MODEL,
    provider,
    modelReasoningEffort: config.modelReasoningEffort,
    modelReasoningSummary: config.modelReasoningSummary,
    modelVerbosity: config.modelVerbosity,
    modelContextWindow: config.modelContextWindow,
    sandboxMode: config.sandboxMode ?? 'read-only',
    sandboxWorkspaceWrite: config.sandboxWorkspaceWrite,
    sandboxLimits: config.sandboxLimits,
    approvalPolicy: config.approvalPolicy ?? 'never',
    shellEnvironmentPolicy: config.shellEnvironmentPolicy,
    mcpServers: config.mcpServers,
    projectDocMaxBytes: config.projectDocMaxBytes,
    projectDocFallbackFilenames: config.projectDocFallbackFilenames,
    ossProvider: config.ossProvider,
    rules: config.rules,
    github: config.github,
    pricing: config.pricing,
    warnings: ctx.warnings,
  }
}

/** `--oss` as in `codex exec`: the local provider, and its default model unless `-m` names one. */
function selectLocalProvider(ctx: ConfigContext, root: TomlTableLike, oss: NonNullable<MergeOptions['oss']>) {
  const configured = root['oss_provider']
  const id = oss.localProvider ?? (typeof configured === 'string' ? configured : undefined)
  if (id === undefined || !Object.hasOwn(LOCAL_PROVIDERS, id)) {
    const known = Object.keys(LOCAL_PROVIDERS).join(', ')
    const problem =
      id === undefined
        ? '--oss needs a local provider, and none is configured'
        : `oss_provider = ${JSON.stringify(id)} is not a local provider (known: ${known})`
    throw new ConfigError({
      label: ctx.label,
      key: 'oss_provider',
      where: ctx.where,
      problem,
      fix: `pass --local-provider ollama (or lmstudio), or set oss_provider = "ollama" in config.toml`,
    })
  }
  root['model_provider'] = id
  ctx.addLayer(['model_provider'], `--oss (${id})`)
  if (!oss.modelFromCli) {
    root['model'] = DEFAULT_LOCAL_MODELS[id as LocalProviderId]
    ctx.addLayer(['model'], `--oss (${id})`)
  }
}
