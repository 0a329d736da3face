// `-c key.path=value` overrides, as in `codex -c`: the value is read as a TOML value, and when it
// is not valid TOML it is taken as a literal string, so `-c model=o3` and `-c model='"o3"'` agree.
import { parse } from 'smol-toml'
import { ConfigError } from './errors.js'
import { isTable, newTable } from './reader.js'
import type { TomlTableLike } from './reader.js'

export interface ConfigOverride {
  path: string[]
  value: unknown
}

const FORM = `-c key.path=value, e.g. -c model="o3" or -c sandbox_workspace_write.network_access=true`
const BARE_SEGMENT = /^[A-Za-z0-9_-]+/
const SENTINEL = '__codex_override_value__'

function overrideError(text: string, problem: string): ConfigError {
  return new ConfigError({ where: `-c ${text}`, key: undefined, problem, fix: `write it as ${FORM}` })
}

/** Splits `a."b.c".'d'` into segments; bare segments are TOML bare keys. */
function parseKeyPath(key: string, text: string): string[] {
  const segments: string[] = []
  let rest = key.trim()
  while (rest !== '') {
    const quote = rest[0]
    let segment: string
    if (quote === '"' || quote === "'") {
      const end = rest.indexOf(quote, 1)
      if (end < 0) throw overrideError(text, `the key ${JSON.stringify(key)} has an unclosed ${quote}`)
      segment = rest.slice(1, end)
      rest = rest.slice(end + 1)
    } else {
      const bare = BARE_SEGMENT.exec(rest)
      if (!bare) throw overrideError(text, `the key ${JSON.stringify(key)} is not a dotted key path`)
      segment = bare[0]
      rest = rest.slice(segment.length)
    }
    segments.push(segment)
    rest = rest.trimStart()
    if (rest === '') break
    if (!rest.startsWith('.'))
      throw overrideError(text, `the key ${JSON.stringify(key)} is not a dotted key path`)
    rest = rest.slice(1).trimStart()
    if (rest === '') throw overrideError(text, `the key ${JSON.stringify(key)} ends with a dot`)
  }
  return segments
}

/** The value as TOML when it parses as exactly one value; otherwise the text itself. */
function parseValue(valueText: string): unknown {
  try {
    const table = parse(`${SENTINEL} = ${valueText}`)
    const keys = Object.keys(table)
    if (keys.length === 1 && keys[0] === SENTINEL) return table[SENTINEL]
  } catch {
    // Not TOML: Codex takes it as a literal string.
  }
  return valueText
}

export function parseOverride(text: string): ConfigOverride {
  const equals = text.indexOf('=')
  if (equals < 0) throw overrideError(text, `the override ${JSON.stringify(text)} has no '='`)
  const key = text.slice(0, equals)
  if (key.trim() === '')
    throw overrideError(text, `the override ${JSON.stringify(text)} has no key before '='`)
  return { path: parseKeyPath(key, text), value: parseValue(text.slice(equals + 1).trim()) }
}

/** Sets `path` in `root`, creating (or replacing non-table values with) tables on the way. */
export function applyOverride(root: TomlTableLike, override: ConfigOverride): void {
  let current = root
  const last = override.path.length - 1
  override.path.forEach((segment, index) => {
    if (index === last) {
      current[segment] = override.value
      return
    }
    const next = Object.hasOwn(current, segment) ? current[segment] : undefined
    if (isTable(next)) current = next
    else {
      const created = newTable()
      current[segment] = created
      current = created
    }
  })
}
