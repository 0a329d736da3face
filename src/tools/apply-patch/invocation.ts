// Recognises a shell tool call that is really an apply_patch, as Codex's invocation.rs does:
// `["apply_patch", PATCH]`, `["applypatch", PATCH]`, or `[bash|sh|zsh, -lc|-c, SCRIPT]` where the
// whole SCRIPT is `[cd DIR && ]apply_patch <<DELIM\n…\nDELIM`. Pure string handling: the script
// is matched, never run, and anything else (a pipe, a second command, an expansion in DIR) is
// not an apply_patch, so the shell tool handles it under the sandbox.
import path from 'node:path'

const APPLY_PATCH_COMMANDS = new Set(['apply_patch', 'applypatch'])
const SHELLS = new Set(['bash', 'sh', 'zsh'])
const SHELL_FLAGS = new Set(['-lc', '-c'])

// `cd` takes one plain word, a double-quoted string without expansions, or a single-quoted one.
const CD_ARGUMENT = String.raw`(?:"([^"$\x60\\\n]+)"|'([^'\n]+)'|([^\s;&|<>()$\x60"'\\]+))`
const DELIMITER = String.raw`(?:'([^'\n]+)'|"([^"$\x60\\\n]+)"|([^\s;&|<>()$\x60"'\\]+))`
const HEADER = new RegExp(
  String.raw`^\s*(?:cd[ \t]+${CD_ARGUMENT}[ \t]*&&[ \t]*)?(?:apply_patch|applypatch)[ \t]*<<(-?)[ \t]*${DELIMITER}[ \t]*\n`,
)

export function extractApplyPatch(
  argv: string[],
  workdir: string,
): { patch: string; workdir: string } | undefined {
  const [command, first, second] = argv
  if (argv.length === 2 && command !== undefined && APPLY_PATCH_COMMANDS.has(command)) {
    return { patch: first as string, workdir }
  }
  if (argv.length !== 3 || command === undefined || !SHELLS.has(shellName(command))) return undefined
  if (!SHELL_FLAGS.has(first as string)) return undefined
  const extracted = extractHeredoc(second as string)
  if (extracted === undefined) return undefined
  const directory = extracted.directory === undefined ? workdir : path.resolve(workdir, extracted.directory)
  return { patch: extracted.body, workdir: directory }
}

/** `/usr/bin/bash` and `BASH.exe` are bash too (Codex compares the lowercased file stem). */
function shellName(command: string): string {
  const base = command.split(/[\\/]/).at(-1) ?? command
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).toLowerCase()
}

function extractHeredoc(script: string): { body: string; directory: string | undefined } | undefined {
  const text = script.replaceAll('\r\n', '\n')
  const header = HEADER.exec(text)
  if (header === null) return undefined
  const directory = header[1] ?? header[2] ?? header[3]
  const stripTabs = header[4] === '-'
  const delimiter = (header[5] ?? header[6] ?? header[7]) as string
  const lines = text.slice(header[0].length).split('\n')
  const end = lines.findIndex((line) => (stripTabs ? line.replace(/^\t+/, '') : line) === delimiter)
  if (end < 0) return undefined
  // Nothing may follow the heredoc: `apply_patch <<EOF … EOF && rm -rf x` is a shell command.
  if (lines.slice(end + 1).some((line) => line.trim() !== '')) return undefined
  const body = lines.slice(0, end).join('\n').replace(/\n+$/, '')
  return { body, directory }
}
