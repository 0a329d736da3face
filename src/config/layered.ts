// The config `exec` reads, layered as Codex layers it: the user's `$CODEX_HOME/config.toml` (or
// `--config-file`), the `$CODEX_HOME/<name>.config.toml` profile, each `.codex/config.toml` from the
// project root down to the working folder, then `[profiles.<name>]`, `-c` overrides and `--oss`.
// A project file is the repository's words, not the user's: unless the user trusts the project,
// it may only shape the model's answers, never choose where requests (and the key) go, how they
// are authenticated, or what commands may do; even when trusted, as in Codex, it cannot choose the
// provider, its endpoint or commands run on the host (PROJECT_DENIED_KEYS).
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from './errors.js'
import { mergeLayer, resolveMerged } from './load.js'
import { parseToml, readConfigText } from './toml-text.js'
import type { MergeOptions } from './load.js'
import { applyOverride, parseOverride } from './overrides.js'
import { ConfigContext, isTable, newTable } from './reader.js'
import type { TomlTableLike } from './reader.js'
import { decideTrust, findProjectRoot, foldersFromRoot, trustTable } from './trust.js'
import type { TrustDecision } from './trust.js'
import type { ResolvedConfig } from './types.js'

/**
 * What even a trusted project file may not set, as in Codex (0.169 and later): where the user's
 * credentials go and which local commands run stay the user's own choice.
 */
const PROJECT_DENIED_KEYS = [
  'openai_base_url',
  'chatgpt_base_url',
  'model_provider',
  'model_providers',
  'notify',
  'profile',
  'profiles',
  'otel',
]

/** What an untrusted project file may set: how the model answers and which docs it reads. */
const UNTRUSTED_PROJECT_KEYS = new Set([
  'model',
  'model_reasoning_effort',
  'model_reasoning_summary',
  'model_verbosity',
  'model_context_window',
  'project_doc_max_bytes',
  'project_doc_fallback_filenames',
  'pricing',
  'hide_agent_reasoning',
  'show_raw_agent_reasoning',
])

export interface ExecConfigOptions {
  /** The working folder: project files are looked for from its repository root down to it. */
  cwd: string
  codexHome: string
  /** `--config-file`: read in place of `$CODEX_HOME/config.toml`; must exist. */
  configFile?: string | undefined
  /** `--ignore-user-config`: skip `$CODEX_HOME/config.toml` and its profile files. */
  ignoreUserConfig?: boolean | undefined
  profile?: string | undefined
  overrides: readonly string[]
  /** `--strict-config`: unknown keys are errors. */
  strict?: boolean | undefined
  oss?: MergeOptions['oss']
  env: NodeJS.ProcessEnv
}

export interface ExecConfig {
  config: ResolvedConfig
  /** The files that were applied, lowest precedence first. */
  files: string[]
}

/** A layer's file: missing is fine unless `--config-file` named it. */
function readOptional(file: string, required: boolean): Promise<string | undefined> {
  const fix = required ? 'give --config-file an existing file' : 'make it readable, or remove it'
  return readConfigText(file, required, fix)
}

export async function loadExecConfig(options: ExecConfigOptions): Promise<ExecConfig> {
  const userFile = options.configFile ?? path.join(options.codexHome, 'config.toml')
  const readUser = options.configFile !== undefined || !options.ignoreUserConfig
  const userText = readUser ? await readOptional(userFile, options.configFile !== undefined) : undefined
  const ctx = new ConfigContext(userText === undefined ? undefined : userFile)
  ctx.strict = options.strict ?? false
  const root = newTable()
  const files: string[] = []
  if (userText !== undefined) {
    mergeLayer(ctx, root, parseToml(userText, userFile), [], [], userFile)
    files.push(userFile)
  }
  const profileFile = await mergeProfileFile(ctx, root, options, userFile)
  if (profileFile) files.push(profileFile)

  const levels = trustTable(withTrustOverrides(root, options.overrides))
  const ignored: { file: string; keys: string[]; decision: TrustDecision }[] = []
  const projectRoot = findProjectRoot(options.cwd)
  const home = await realpath(options.codexHome).catch(() => path.resolve(options.codexHome))
  for (const dir of foldersFromRoot(options.cwd, projectRoot)) {
    const dotCodex = path.join(dir, '.codex')
    // `~/.codex` is the user's own folder, already read as the user layer.
    if ((await realpath(dotCodex).catch(() => dotCodex)) === home) continue
    const file = path.join(dotCodex, 'config.toml')
    const text = await readOptional(file, false)
    if (text === undefined) continue
    const decision = decideTrust(dir, projectRoot, levels)
    if (decision.level === 'trusted') {
      const table = parseToml(text, file)
      const denied = PROJECT_DENIED_KEYS.filter((key) => Object.hasOwn(table, key))
      for (const key of denied) delete table[key]
      if (denied.length > 0)
        ctx.warn(
          `Ignored unsupported project-local config keys in ${file}: ${denied.join(', ')}. If you want these settings to apply, manually set them in your user-level config.toml.`,
        )
      mergeLayer(ctx, root, table, [], [], file)
      files.push(file)
      continue
    }
    const table = parseUntrusted(ctx, text, file)
    if (!table) continue
    const dropped = Object.keys(table).filter((key) => !UNTRUSTED_PROJECT_KEYS.has(key))
    for (const key of dropped) delete table[key]
    mergeLayer(ctx, root, table, [], [], file)
    files.push(file)
    if (dropped.length > 0) ignored.push({ file, keys: dropped, decision })
  }
  if (ignored.length > 0) ctx.warn(untrustedWarning(ignored, userFile))

  const config = resolveMerged(ctx, root, {
    overrides: options.overrides,
    profile: options.profile,
    profileIsFile: profileFile !== undefined,
    profileFileLooked: profileFilePath(options),
    env: options.env,
    oss: options.oss,
  })
  const { auth } = config.provider
  // The token command runs in $CODEX_HOME unless its table names another folder (relative to it).
  if (auth) auth.cwd = path.resolve(options.codexHome, auth.cwd ?? '.')
  return { config, files }
}

/**
 * 0.169's profile files: `--profile NAME` reads `$CODEX_HOME/NAME.config.toml` over the user file.
 * Like Codex, a user file that also selects or defines that profile the old way is an error,
 * since which one wins would be a guess. Without the file, `[profiles.NAME]` applies as before.
 */
async function mergeProfileFile(
  ctx: ConfigContext,
  root: TomlTableLike,
  options: ExecConfigOptions,
  userFile: string,
): Promise<string | undefined> {
  const name = options.profile
  const file = profileFilePath(options)
  if (name === undefined || file === undefined) return undefined
  const text = await readOptional(file, false)
  if (text === undefined) return undefined
  const profiles = root['profiles']
  if (root['profile'] === name || (isTable(profiles) && Object.hasOwn(profiles, name))) {
    throw new ConfigError({
      label: userFile,
      key: 'profiles',
      problem: `--profile ${name} reads ${file}, but ${userFile} also has profile = "${name}" or [profiles.${name}]`,
      fix: `move those settings into ${file} and remove the profile selector/table from ${userFile}`,
    })
  }
  mergeLayer(ctx, root, parseToml(text, file), [], [], file)
  return file
}

/** `$CODEX_HOME/NAME.config.toml` for `--profile NAME`, when the name can be a file's. */
function profileFilePath(options: ExecConfigOptions): string | undefined {
  const name = options.profile
  if (
    name === undefined ||
    options.ignoreUserConfig ||
    !/^[A-Za-z0-9_.-]+$/.test(name) ||
    name.startsWith('.')
  )
    return undefined
  return path.join(options.codexHome, `${name}.config.toml`)
}

/** `[projects]` of the user's layers with `-c projects.…` applied: the only source of trust. */
function withTrustOverrides(root: TomlTableLike, overrides: readonly string[]): TomlTableLike {
  const table = newTable()
  const projects = root['projects']
  if (isTable(projects)) table['projects'] = structuredClone(projects)
  for (const text of overrides) {
    const override = parseOverride(text)
    if (override.path[0] === 'projects') applyOverride(table, override)
  }
  return table
}

function parseUntrusted(ctx: ConfigContext, text: string, file: string): TomlTableLike | undefined {
  try {
    return parseToml(text, file)
  } catch (error) {
    // Codex skips a broken file of an untrusted project rather than stopping on it.
    ctx.warn(`${file} is not valid TOML and its project is not trusted, so it was skipped`)
    if (!(error instanceof ConfigError)) throw error
    return undefined
  }
}

function untrustedWarning(
  ignored: readonly { file: string; keys: string[]; decision: TrustDecision }[],
  userFile: string,
): string {
  const files = ignored.map(({ file, keys }) => `${file} (${keys.join(', ')})`).join('; ')
  const first = ignored[0]?.decision
  const marked = first?.level === 'untrusted' ? `is marked untrusted in ${userFile}` : 'is not trusted'
  const key = JSON.stringify(first?.key ?? '')
  return (
    `the project ${marked}, so its config may not choose providers, base URLs, auth, sandbox, approvals, ` +
    `MCP servers or profiles; ignored: ${files}. Fix: if you trust this repository, add to ${userFile}: ` +
    `[projects.${key}] trust_level = "trusted"`
  )
}
