// Model providers: Codex's built-ins plus `[model_providers.<id>]` entries. A custom provider
// without `wire_api` speaks Chat Completions (what GLM, ModelScope, DeepSeek, Ollama serve); the
// built-in `openai` provider speaks Responses.
import type { ProviderAuthCommand, ProviderConfig, WireApi } from './types.js'
import { ConfigContext } from './reader.js'
import type { TableReader } from './reader.js'

export const DEFAULT_PROVIDER_ID = 'openai'
export const DEFAULT_REQUEST_MAX_RETRIES = 4
export const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 300_000
/** Codex caps retries at 100 so a typo cannot retry forever. */
const MAX_REQUEST_MAX_RETRIES = 100
/** Codex's local providers and the ports their servers listen on by default. */
export const LOCAL_PROVIDERS = { ollama: 11434, lmstudio: 1234 } as const
export type LocalProviderId = keyof typeof LOCAL_PROVIDERS
/** What `--oss` asks of each local provider when no model is given, as Codex does. */
export const DEFAULT_LOCAL_MODELS: Record<LocalProviderId, string> = {
  ollama: 'gpt-oss:20b',
  lmstudio: 'openai/gpt-oss-20b',
}
const DEFAULT_AUTH_TIMEOUT_MS = 5_000
const DEFAULT_AUTH_REFRESH_INTERVAL_MS = 300_000
const WIRE_APIS: readonly WireApi[] = ['chat', 'responses']

/** Ids Codex defines itself; a user's table under one of these ids is ignored, as in Codex. */
export const BUILT_IN_PROVIDER_IDS: readonly string[] = ['openai', 'oss', 'ollama', 'lmstudio']

/** A validated `[model_providers.<id>]` table, before defaults. */
export interface ProviderEntry {
  name?: string | undefined
  baseUrl?: string | undefined
  envKey?: string | undefined
  wireApi?: WireApi | undefined
  queryParams?: Record<string, string> | undefined
  httpHeaders?: Record<string, string> | undefined
  envHttpHeaders?: Record<string, string> | undefined
  requestMaxRetries?: number | undefined
  streamIdleTimeoutMs?: number | undefined
  requestsPerMinute?: number | undefined
  bearerToken?: string | undefined
  requiresOpenaiAuth?: boolean | undefined
  auth?: ProviderAuthCommand | undefined
}

/** Provider keys Codex knows that this action does not act on. */
const CODEX_ONLY_PROVIDER_KEYS = new Set([
  'stream_max_retries',
  'env_key_instructions',
  'supports_websockets',
  'websocket_connect_timeout_ms',
  'aws',
])

export function isCodexOnlyProviderKey(key: string): boolean {
  return (
    CODEX_ONLY_PROVIDER_KEYS.has(key) ||
    (key.startsWith('experimental_') && key !== 'experimental_bearer_token')
  )
}

/** `[model_providers.<id>.auth]`: a command whose stdout is the bearer token (Codex's shape). */
function readAuthCommand(provider: TableReader): ProviderAuthCommand | undefined {
  const table = provider.table('auth')
  if (!table) return undefined
  const command = table.string('command', 'gcloud')
  const auth = {
    command: command ?? '',
    args: table.stringArray('args', '["auth", "print-access-token"]') ?? [],
    timeoutMs: table.integer('timeout_ms', DEFAULT_AUTH_TIMEOUT_MS, 1) ?? DEFAULT_AUTH_TIMEOUT_MS,
    refreshIntervalMs:
      table.integer('refresh_interval_ms', DEFAULT_AUTH_REFRESH_INTERVAL_MS) ??
      DEFAULT_AUTH_REFRESH_INTERVAL_MS,
    cwd: table.string('cwd', '/path/to/folder'),
  }
  table.finish()
  if (command === undefined || command.trim() === '') {
    const path = table.at('command')
    const problem = `${table.ctx.key(path)} is ${command === undefined ? 'missing' : 'empty'}`
    table.ctx.report(path, problem, 'name the program that prints the token, e.g. command = "gcloud"')
  }
  return auth
}

export function readProviderEntry(table: TableReader): ProviderEntry {
  const entry: ProviderEntry = {
    name: table.string('name', 'My provider'),
    baseUrl: table.string('base_url', 'https://…'),
    envKey: table.string('env_key', 'MY_PROVIDER_API_KEY'),
    wireApi: table.oneOf('wire_api', WIRE_APIS),
    queryParams: table.stringMap('query_params', '{ api-version = "2025-04-01-preview" }'),
    httpHeaders: table.stringMap('http_headers', '{ "X-Header" = "value" }'),
    envHttpHeaders: table.stringMap('env_http_headers', '{ "X-Header" = "ENV_VAR_NAME" }'),
    requestMaxRetries: table.integer('request_max_retries', DEFAULT_REQUEST_MAX_RETRIES),
    streamIdleTimeoutMs: table.integer('stream_idle_timeout_ms', DEFAULT_STREAM_IDLE_TIMEOUT_MS, 1),
    requestsPerMinute: table.integer('requests_per_minute', 20, 1),
    bearerToken: table.string('experimental_bearer_token', 'token'),
    requiresOpenaiAuth: table.boolean('requires_openai_auth'),
    auth: readAuthCommand(table),
  }
  table.finish()
  return entry
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined
}

/** Only headers whose variable is set and non-empty are kept, as Codex sends only those. */
function presentEnvHeaders(mapping: Record<string, string>, env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, variable]) => nonEmpty(env[variable])))
}

/** The built-in provider with this id, reading its endpoint overrides from `env`. */
export function builtInProvider(
  id: string,
  env: NodeJS.ProcessEnv,
  /** `openai_base_url` from the config: the built-in provider's endpoint, before OPENAI_BASE_URL. */
  openaiBaseUrl?: string,
): ProviderConfig | undefined {
  const common = {
    queryParams: {},
    httpHeaders: {},
    requestMaxRetries: DEFAULT_REQUEST_MAX_RETRIES,
    streamIdleTimeoutMs: DEFAULT_STREAM_IDLE_TIMEOUT_MS,
    requiresOpenaiAuth: false,
  }
  if (id === 'openai') {
    const envHttpHeaders = {
      'OpenAI-Organization': 'OPENAI_ORGANIZATION',
      'OpenAI-Project': 'OPENAI_PROJECT',
    }
    return {
      ...common,
      id,
      name: 'OpenAI',
      baseUrl: nonEmpty(openaiBaseUrl) ?? nonEmpty(env['OPENAI_BASE_URL']) ?? 'https://api.openai.com/v1',
      envKey: 'OPENAI_API_KEY',
      wireApi: 'responses',
      requiresOpenaiAuth: true,
      envHttpHeaders: presentEnvHeaders(envHttpHeaders, env),
    }
  }
  if (id === 'oss' || id === 'ollama' || id === 'lmstudio') {
    const defaultPort = id === 'lmstudio' ? LOCAL_PROVIDERS.lmstudio : LOCAL_PROVIDERS.ollama
    const port = Number(nonEmpty(env['CODEX_OSS_PORT']))
    const validPort = Number.isInteger(port) && port > 0 && port < 65536 ? port : defaultPort
    const baseUrl = nonEmpty(env['CODEX_OSS_BASE_URL']) ?? `http://localhost:${validPort}/v1`
    const name = id === 'lmstudio' ? 'LM Studio' : id === 'ollama' ? 'Ollama' : 'gpt-oss'
    return { ...common, id, name, baseUrl, envKey: undefined, wireApi: 'chat', envHttpHeaders: {} }
  }
  return undefined
}

function checkBaseUrl(ctx: ConfigContext, id: string, baseUrl: string | undefined): string {
  const path = ['model_providers', id, 'base_url']
  const key = ctx.key(path)
  if (baseUrl === undefined) {
    ctx.fail(
      path,
      `${key} is missing`,
      `add base_url = "https://…/v1" (the provider's OpenAI-compatible endpoint)`,
    )
  }
  let protocol = ''
  try {
    protocol = new URL(baseUrl).protocol
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    ctx.fail(
      path,
      `${key} must be an http(s) URL (got ${JSON.stringify(baseUrl)})`,
      `write it in full, e.g. base_url = "https://api.example.com/v1"`,
    )
  }
  return baseUrl
}

/**
 * Resolves provider `id` against the built-ins and the user's validated `[model_providers]`.
 * Unknown ids and a custom provider without a usable `base_url` stop with a ConfigError.
 */
export function resolveProvider(
  id: string,
  providers: Readonly<Record<string, ProviderEntry>>,
  env: NodeJS.ProcessEnv,
  ctx: ConfigContext = new ConfigContext(undefined),
  openaiBaseUrl?: string,
): ProviderConfig {
  const builtIn = builtInProvider(id, env, openaiBaseUrl)
  if (builtIn) return builtIn
  const entry = Object.hasOwn(providers, id) ? providers[id] : undefined
  if (!entry) {
    const defined = [...BUILT_IN_PROVIDER_IDS, ...Object.keys(providers)].join(', ')
    const problem = `model_provider = ${JSON.stringify(id)} names no provider (defined: ${defined})`
    const fix = `add a [model_providers.${id}] table with base_url and env_key, or set model_provider to one of the defined ids`
    return ctx.fail(['model_provider'], problem, fix)
  }
  return {
    id,
    name: entry.name ?? id,
    baseUrl: checkBaseUrl(ctx, id, entry.baseUrl),
    envKey: nonEmpty(entry.envKey),
    wireApi: entry.wireApi ?? 'chat',
    queryParams: entry.queryParams ?? {},
    httpHeaders: entry.httpHeaders ?? {},
    envHttpHeaders: presentEnvHeaders(entry.envHttpHeaders ?? {}, env),
    requestMaxRetries: Math.min(
      entry.requestMaxRetries ?? DEFAULT_REQUEST_MAX_RETRIES,
      MAX_REQUEST_MAX_RETRIES,
    ),
    streamIdleTimeoutMs: entry.streamIdleTimeoutMs ?? DEFAULT_STREAM_IDLE_TIMEOUT_MS,
    requestsPerMinute: entry.requestsPerMinute,
    bearerToken: nonEmpty(entry.bearerToken),
    requiresOpenaiAuth: entry.requiresOpenaiAuth ?? false,
    auth: entry.auth,
  }
}
