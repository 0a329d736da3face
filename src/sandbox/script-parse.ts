// Reads a shell script (the SCRIPT of `bash -lc SCRIPT`) into its simple commands, so that command
// rules see `curl` in `cd x && curl …`. Anything whose effect cannot be read from the text —
// command or process substitution, eval, a program named by a variable — makes the script
// unreadable; the caller then treats it as a whole (and more strictly).
import { parse } from 'shell-quote'

export type ScriptParse = { ok: true; commands: string[][] } | { ok: false; reason: string }

class Unreadable extends Error {}

const SEPARATORS = new Set(['||', '&&', ';;', ';;&', ';&', '|&', '&', ';', '(', ')', '|'])
const REDIRECTS = new Set(['<', '>', '>>', '>&', '<&', '<>', '>|', '&>', '&>>', '<<', '<<-', '<<<'])

export function parseScript(script: string): ScriptParse {
  try {
    return { ok: true, commands: splitCommands(stripForParse(script)) }
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, reason: error.message }
    throw error
  }
}

/**
 * What shell-quote cannot do on its own: unquoted newlines become `;`, comments end at the line's
 * end (shell-quote would swallow the rest of the script), heredoc bodies are dropped (they are
 * data, unless unquoted ones hold a substitution), and substitutions are refused.
 */
function stripForParse(script: string): string {
  let out = ''
  let quote: '' | "'" | '"' = ''
  const heredocs: { delimiter: string; expands: boolean; stripTabs: boolean }[] = []
  let i = 0
  while (i < script.length) {
    const char = script[i]!
    const next = script[i + 1] ?? ''
    if (quote !== "'" && char === '\\') {
      if (next === '\n')
        i += 2 // a line continuation
      else {
        out += char + next
        i += 2
      }
      continue
    }
    if (quote !== "'" && (char === '`' || (char === '$' && next === '('))) {
      throw new Unreadable('it uses command substitution')
    }
    if (quote === '' && (char === '<' || char === '>') && next === '(') {
      throw new Unreadable('it uses process substitution')
    }
    if (char === "'" && quote !== '"') quote = quote === "'" ? '' : "'"
    else if (char === '"' && quote !== "'") quote = quote === '"' ? '' : '"'
    else if (quote === '' && char === '#' && atWordStart(out)) {
      while (i < script.length && script[i] !== '\n') i++
      continue
    } else if (quote === '' && char === '\n') {
      out += ' ; '
      i = skipHeredocBodies(script, i + 1, heredocs.splice(0))
      continue
    } else if (quote === '' && char === '<' && next === '<' && script[i + 2] !== '<') {
      const heredoc = readHeredocStart(script, i)
      heredocs.push(heredoc.spec)
      out += `${script.slice(i, heredoc.end)} `
      i = heredoc.end
      continue
    }
    out += char
    i++
  }
  if (quote !== '') throw new Unreadable('a quote is not closed')
  return out
}

function atWordStart(text: string): boolean {
  return text === '' || /[\s;&|()]$/.test(text)
}

function readHeredocStart(script: string, start: number) {
  const match = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|<>()'"]+))/.exec(script.slice(start))
  if (!match) throw new Unreadable('a heredoc has no readable delimiter')
  const delimiter = match[2] ?? match[3] ?? match[4] ?? ''
  const expands = match[4] !== undefined && !match[0].includes('\\')
  return { spec: { delimiter, expands, stripTabs: match[1] === '-' }, end: start + match[0].length }
}

function skipHeredocBodies(
  script: string,
  from: number,
  heredocs: { delimiter: string; expands: boolean; stripTabs: boolean }[],
): number {
  let position = from
  for (const heredoc of heredocs) {
    for (;;) {
      if (position >= script.length) return position
      const end = script.indexOf('\n', position)
      const lineEnd = end === -1 ? script.length : end
      const line = script.slice(position, lineEnd)
      position = lineEnd + 1
      if ((heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter) break
      // An unquoted heredoc expands `$(…)` and backticks: that is a command hidden in data.
      if (heredoc.expands && /`|\$\(/.test(line)) throw new Unreadable('a heredoc runs command substitution')
    }
  }
  return position
}

/** Splits shell-quote's tokens into simple commands (word lists), dropping redirections. */
function splitCommands(text: string): string[][] {
  // Variables stay visible as `$NAME` so a program named by a variable can be recognised.
  const tokens = parse(text, (name) => `$${name}`)
  const commands: string[][] = []
  let words: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (typeof token === 'string') {
      const following = tokens[index + 1]
      const isFdNumber = /^\d+$/.test(token) && isOp(following) && REDIRECTS.has(following.op)
      if (!isFdNumber) words.push(token)
    } else if ('comment' in token) {
      throw new Unreadable('it has a comment the parser could not place')
    } else if (token.op === 'glob') {
      words.push((token as { pattern: string }).pattern)
    } else if (SEPARATORS.has(token.op)) {
      if (words.length > 0) commands.push(words)
      words = []
    } else if (REDIRECTS.has(token.op)) {
      index++ // the redirection's target is not an argument
    } else {
      throw new Unreadable(`it uses the shell operator ${token.op}`)
    }
  }
  if (words.length > 0) commands.push(words)
  return commands
}

function isOp(token: unknown): token is { op: string } {
  return typeof token === 'object' && token !== null && 'op' in token
}
