// The config module's public surface: load config.toml (+ profile + `-c` overrides) into a
// ResolvedConfig — for exec, layered with project trust — and find the provider's API key.
export type * from './types.js'
export { ConfigError } from './errors.js'
export { DEFAULT_MODEL, loadConfig, resolveApiKey } from './load.js'
export type { LoadConfigOptions } from './load.js'
export { loadExecConfig } from './layered.js'
export type { ExecConfig, ExecConfigOptions } from './layered.js'
export { applyOverride, parseOverride } from './overrides.js'
export type { ConfigOverride } from './overrides.js'
export { BUILT_IN_PROVIDER_IDS, builtInProvider, resolveProvider } from './providers.js'
export type { ProviderEntry } from './providers.js'
