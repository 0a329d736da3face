// One error type for every way a config can be wrong. The message is written for the person who
// owns the config: where the problem is (file, line when known), which key, and what to change.

export interface ConfigErrorDetails {
  /** How the config is named: its path, or e.g. `.codex/config.toml at <sha>` for text read elsewhere. */
  label?: string | undefined
  /** Dotted key path the problem is about, e.g. `model_providers.glm.base_url`. */
  key?: string | undefined
  /** What is wrong, as a sentence fragment that already names the key. */
  problem: string
  /** What to change, e.g. `quote it, e.g. base_url = "https://…"`. */
  fix: string
  /** Where to point the reader when it is not just the label, e.g. `.codex/config.toml (-c model=5)`. */
  where?: string | undefined
  /** Extra lines shown after the message (a TOML code excerpt). */
  detail?: string | undefined
  cause?: unknown
}

export class ConfigError extends Error {
  readonly label: string | undefined
  readonly key: string | undefined
  readonly fix: string

  constructor(details: ConfigErrorDetails) {
    const where = details.where ?? details.label
    const head = `${where ? `${where}: ` : ''}${details.problem}. Fix: ${details.fix}`
    super(details.detail ? `${head}\n${details.detail}` : head, { cause: details.cause })
    this.name = 'ConfigError'
    this.label = details.label
    this.key = details.key
    this.fix = details.fix
  }
}

/** A short, human description of a TOML value for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value
    return `string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'number') return Number.isInteger(value) ? `integer ${value}` : `float ${value}`
  if (typeof value === 'bigint') return `integer ${value}`
  if (typeof value === 'boolean') return `boolean ${value}`
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'a date'
  if (value === null || value === undefined) return 'nothing'
  return 'a table'
}
