// Typed, path-aware reading of a raw TOML table. Every value is read through a TableReader so that
// a wrong type stops with the exact key and a fix, and every key nobody read becomes a warning.
import { ConfigError, describeValue } from './errors.js'

export type KeyPath = readonly (string | number)[]
export type TomlTableLike = Record<string, unknown>

const BARE_KEY = /^[A-Za-z0-9_-]+$/

/** `model_providers."my.provider".base_url`, `rules[0].prefix`: how TOML would spell the key. */
export function formatPath(path: KeyPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const part = BARE_KEY.test(segment) ? segment : JSON.stringify(segment)
      out += out ? `.${part}` : part
    }
  }
  return out
}

export function isTable(value: unknown): value is TomlTableLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** Null-prototype, like smol-toml's own tables, so keys such as `__proto__` stay plain data. */
export function newTable(): TomlTableLike {
  return Object.create(null) as TomlTableLike
}

interface Layer {
  /** Key path (in the merged table) this layer set. */
  path: KeyPath
  where: string
  /** Path that names the key where the user wrote it, e.g. [profiles, fast, model]. */
  shownPath: KeyPath
}

/**
 * Knows where each merged value came from (file, profile, `-c` override), so messages point at the
 * place the user has to edit, and collects warnings.
 */
export class ConfigContext {
  readonly warnings: string[] = []
  readonly errors: ConfigError[] = []
  /** `--strict-config`: unknown keys are errors, as in Codex. */
  strict = false
  private readonly layers: Layer[] = []

  /** `label`: how messages name the config that was read (its path, or e.g. `… at <sha>`). */
  constructor(readonly label: string | undefined) {}

  /** Where a problem is, for a message: the config's label, or `config` when none was read. */
  get where(): string {
    return this.label ?? 'config'
  }

  /** Records that `path` (and everything under it) was set by a later layer. */
  addLayer(path: KeyPath, where: string, shownPath: KeyPath = path): void {
    this.layers.push({ path, where, shownPath })
  }

  locate(path: KeyPath): { where: string; key: string } {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]
      if (layer && isPrefix(layer.path, path)) {
        const shown = [...layer.shownPath, ...path.slice(layer.path.length)]
        return { where: layer.where, key: formatPath(shown) }
      }
    }
    return { where: this.where, key: formatPath(path) }
  }

  key(path: KeyPath): string {
    return this.locate(path).key
  }

  /** Throws a ConfigError about `path`; `problem` should name the key (use `key(path)`). */
  fail(path: KeyPath, problem: string, fix: string): never {
    throw this.error(path, problem, fix)
  }

  /** A wrong value that does not stop reading the rest: collected, thrown together by `throwErrors`. */
  report(path: KeyPath, problem: string, fix: string): void {
    this.errors.push(this.error(path, problem, fix))
  }

  private error(path: KeyPath, problem: string, fix: string): ConfigError {
    const { where, key } = this.locate(path)
    return new ConfigError({ label: this.label, key, where, problem, fix })
  }

  /** Throws what `report` collected (plus `last`, an error that stopped reading): one error, or all at once. */
  throwErrors(last?: ConfigError): void {
    const errors = last ? [...this.errors, last] : this.errors
    if (errors.length === 0) return
    const [first] = errors
    if (errors.length === 1 && first) throw first
    const list = errors.map((error) => `- ${error.message}`).join('\n')
    throw new ConfigError({
      label: this.label,
      key: first?.key,
      where: this.where,
      problem: `${errors.length} problems in the config`,
      fix: 'correct each one listed below',
      detail: list,
    })
  }

  /** Each distinct warning once, however many layers repeat the key. */
  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message)
  }

  warnUnknown(path: KeyPath): void {
    const { where, key } = this.locate(path)
    if (this.strict)
      this.report(path, `unknown key '${key}' (--strict-config)`, 'remove it or correct its spelling')
    else this.warn(`unknown key '${key}' in ${where} (ignored)`)
  }

  warnCodexUnused(path: KeyPath): void {
    const { where, key } = this.locate(path)
    this.warn(`'${key}' in ${where} is a Codex setting this action does not use (ignored)`)
  }
}

function isPrefix(prefix: KeyPath, path: KeyPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i])
}

function quoteExample(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? `"${String(value)}"` : '"…"'
}

/** Reads one table; `codexUnused` says which unread keys are Codex settings rather than typos. */
export class TableReader {
  private readonly read = new Set<string>()

  constructor(
    readonly ctx: ConfigContext,
    readonly path: KeyPath,
    readonly values: TomlTableLike,
    private readonly codexUnused: (key: string) => boolean = () => false,
  ) {}

  get keys(): string[] {
    return Object.keys(this.values)
  }

  has(key: string): boolean {
    return Object.hasOwn(this.values, key)
  }

  /** The raw value, marked as read. */
  raw(key: string): unknown {
    this.read.add(key)
    return this.has(key) ? this.values[key] : undefined
  }

  at(key: string): KeyPath {
    return [...this.path, key]
  }

  /** Records the problem and reads the key as absent, so every wrong value of a file is reported at once. */
  private wrongType(key: string, value: unknown, expected: string, fix: string): undefined {
    const path = this.at(key)
    this.ctx.report(path, `${this.ctx.key(path)} must be ${expected} (got ${describeValue(value)})`, fix)
    return undefined
  }

  string(key: string, example?: string): string | undefined {
    const value = this.raw(key)
    if (value === undefined || typeof value === 'string') return value
    const shown = example === undefined ? quoteExample(value) : JSON.stringify(example)
    return this.wrongType(key, value, 'a string', `quote it, e.g. ${key} = ${shown}`)
  }

  boolean(key: string): boolean | undefined {
    const value = this.raw(key)
    if (value === undefined || typeof value === 'boolean') return value
    return this.wrongType(
      key,
      value,
      'true or false',
      `write ${key} = true or ${key} = false, without quotes`,
    )
  }

  /** A whole number ≥ min (default 0). */
  integer(key: string, example: number, min = 0): number | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value
    const expected = min > 0 ? `a whole number of at least ${min}` : 'a whole number (0 or more)'
    return this.wrongType(key, value, expected, `write a number without quotes, e.g. ${key} = ${example}`)
  }

  /** Any number (fractions allowed) ≥ 0; `positive` also excludes 0. */
  number(key: string, example: number, positive = false): number | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (typeof value === 'number' && Number.isFinite(value) && (positive ? value > 0 : value >= 0))
      return value
    const expected = positive ? 'a number greater than 0' : 'a number (0 or more)'
    return this.wrongType(key, value, expected, `write a number without quotes, e.g. ${key} = ${example}`)
  }

  stringArray(key: string, example: string): string[] | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[]
    const fix = `write an array of quoted strings, e.g. ${key} = ${example}`
    return this.wrongType(key, value, 'an array of strings', fix)
  }

  stringMap(key: string, example: string): Record<string, string> | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    const fix = `write a table of quoted strings, e.g. ${key} = ${example}`
    if (!isTable(value)) return this.wrongType(key, value, 'a table of strings', fix)
    const out: Record<string, string> = {}
    for (const [name, item] of Object.entries(value)) {
      if (typeof item !== 'string') {
        const path = [...this.at(key), name]
        this.ctx.report(path, `${this.ctx.key(path)} must be a string (got ${describeValue(item)})`, fix)
      } else out[name] = item
    }
    return out
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    const path = this.at(key)
    const list = allowed.map((item) => JSON.stringify(item)).join(', ')
    const problem = `${this.ctx.key(path)} must be one of ${list} (got ${describeValue(value)})`
    this.ctx.report(path, problem, `use one of them, e.g. ${key} = ${JSON.stringify(allowed[0])}`)
    return undefined
  }

  /** A sub-table reader, or undefined when the key is absent. */
  table(key: string, codexUnused?: (key: string) => boolean): TableReader | undefined {
    const value = this.raw(key)
    if (value === undefined) return undefined
    if (!isTable(value)) {
      const fix = `make it a table: [${formatPath(this.at(key))}] with its keys below it`
      return this.wrongType(key, value, 'a table', fix)
    }
    return new TableReader(this.ctx, this.at(key), value, codexUnused)
  }

  /** `[name.<id>]` sections: every entry must itself be a table. */
  tables(key: string, codexUnused?: (key: string) => boolean): [string, TableReader][] {
    const parent = this.table(key)
    if (!parent) return []
    return parent.keys.map((id) => {
      const child = parent.table(id, codexUnused)
      if (!child) throw new Error('unreachable: key listed but absent')
      return [id, child]
    })
  }

  /** `[[name]]` arrays of tables. */
  arrayOfTables(key: string, codexUnused?: (key: string) => boolean): TableReader[] {
    const value = this.raw(key)
    if (value === undefined) return []
    const fix = `write each entry as its own [[${key}]] section`
    if (!Array.isArray(value)) return this.wrongType(key, value, 'an array of tables', fix) ?? []
    return value.flatMap((item: unknown, index) => {
      const path = [...this.at(key), index]
      if (isTable(item)) return [new TableReader(this.ctx, path, item, codexUnused)]
      this.ctx.report(path, `${this.ctx.key(path)} must be a table (got ${describeValue(item)})`, fix)
      return []
    })
  }

  /** Warns about every key that was never read. Call after reading all known keys. */
  finish(): void {
    for (const key of this.keys) {
      if (this.read.has(key)) continue
      if (this.codexUnused(key)) this.ctx.warnCodexUnused(this.at(key))
      else this.ctx.warnUnknown(this.at(key))
    }
  }
}
