// A config file's text and its TOML table: a missing file is "use the defaults" unless required,
// and a syntax error names the line, the column, the key on that line and how to fix it.
import { readFile } from 'node:fs/promises'
import { parse, TomlError } from 'smol-toml'
import { ConfigError } from './errors.js'
import type { TomlTableLike } from './reader.js'

export const MISSING_FILE_FIX =
  'create it (see the Codex config.toml keys in the README) or point the config setting at an existing file'

/**
 * A config file's text; a missing file is undefined unless `required`, any other failure an error
 * that names the file by `label` (its path unless told otherwise).
 */
export async function readConfigText(
  file: string,
  required: boolean,
  fix: string = MISSING_FILE_FIX,
  label: string = file,
): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !required) return undefined
    const problem =
      code === 'ENOENT' ? 'the config file does not exist' : `the config file cannot be read (${code})`
    throw new ConfigError({ label, problem, fix, cause: error })
  }
}

function syntaxFix(reason: string, key: string | undefined): string {
  if (reason.includes('redefine')) return 'define each key and [table] only once (merge the duplicates)'
  if (reason.includes('invalid value') || reason.includes('unexpected')) {
    return `quote text values, e.g. ${key ?? 'key'} = "…"; numbers, true/false, [arrays] and { tables } stay unquoted`
  }
  return 'correct the TOML syntax at that spot (https://toml.io)'
}

/** `label` names the config in the error, e.g. its path. */
export function parseToml(text: string, label: string | undefined): TomlTableLike {
  try {
    return parse(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '')
    const lineText = text.split(/\r?\n/)[error.line - 1] ?? ''
    const key = /^\s*([A-Za-z0-9_."'-]+?)\s*=/.exec(lineText)?.[1]
    const near = key ? ` (key '${key}')` : ''
    throw new ConfigError({
      label,
      key,
      where: label ?? 'config',
      problem: `invalid TOML at line ${error.line}, column ${error.column}${near}: ${reason}`,
      fix: syntaxFix(reason, key),
      detail: error.codeblock.trimEnd(),
      cause: error,
    })
  }
}
