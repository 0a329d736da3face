// The key a provider's requests carry, found the way Codex finds it (see resolveApiKey).
import { ConfigError } from './errors.js'
import { DEFAULT_PROVIDER_ID } from './providers.js'
import { formatPath } from './reader.js'
import type { ResolvedConfig } from './types.js'

/**
 * The API key for the resolved provider, in Codex's order: an explicit key (the action's input),
 * `experimental_bearer_token`, the provider's `env_key` variable, then for `requires_openai_auth`
 * providers the OpenAI key: CODEX_API_KEY, then OPENAI_API_KEY (`codex exec` 0.171 reads only the
 * first; the second stands in for its `codex login --with-api-key`). A provider that names a variable
 * nothing fills stops with a ConfigError; a keyless provider (Ollama) gets undefined. A provider
 * with an `[auth]` command gets its token from the command instead (model/auth-command.ts).
 */
export function resolveApiKey(
  config: ResolvedConfig,
  env: NodeJS.ProcessEnv,
  explicitKey?: string,
  /** How the reader sets the key: a shell export for the CLI, the step's inputs for the action. */
  howToSetKey: (envKey: string) => string = (envKey) => `export ${envKey}=… (or pass api-key)`,
): string | undefined {
  if (explicitKey !== undefined && explicitKey.trim() !== '') return explicitKey.trim()
  const { envKey, id, bearerToken, requiresOpenaiAuth } = config.provider
  if (bearerToken !== undefined) return bearerToken
  const fromEnv = (name: string | undefined) => {
    const value = name === undefined ? undefined : env[name]
    return value !== undefined && value.trim() !== '' ? value.trim() : undefined
  }
  const openaiKey = requiresOpenaiAuth ? (fromEnv('CODEX_API_KEY') ?? fromEnv('OPENAI_API_KEY')) : undefined
  // Codex's built-in provider has no env_key of its own (ours names OPENAI_API_KEY for the
  // messages): there CODEX_API_KEY comes first too.
  const key = id === DEFAULT_PROVIDER_ID ? (openaiKey ?? fromEnv(envKey)) : (fromEnv(envKey) ?? openaiKey)
  if (key !== undefined || (envKey === undefined && !requiresOpenaiAuth)) return key
  const builtIn = id === DEFAULT_PROVIDER_ID ? ` (built-in provider '${id}')` : ''
  if (envKey === undefined) {
    const keyPath = `model_providers.${formatPath([id])}.requires_openai_auth`
    throw new ConfigError({
      label: config.label,
      key: keyPath,
      problem: `${keyPath} asks for the OpenAI key, and neither OPENAI_API_KEY nor CODEX_API_KEY is set`,
      fix: howToSetKey('OPENAI_API_KEY'),
    })
  }
  const keyPath = `model_providers.${formatPath([id])}.env_key`
  throw new ConfigError({
    label: config.label,
    key: keyPath,
    problem: `${keyPath}${builtIn} names ${envKey}, which is not set`,
    fix: howToSetKey(envKey),
  })
}
