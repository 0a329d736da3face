// From a command line to the programs it runs: `bash -lc` scripts are read into simple commands,
// and the words in front of the real program (`VAR=x`, `env`, `timeout 5`, `sudo`, `do`, `!`) are
// taken off, so that a rule for `curl` also sees `env A=1 timeout 5 /usr/bin/curl …`.
import path from 'node:path'
import { parseScript } from './script-parse.js'

export type CommandWords = { ok: true; commands: string[][] } | { ok: false; reason: string }

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh'])
const MAX_SHELL_DEPTH = 4
/** Keywords that may precede a command in a list (`if x; then y; fi`) and carry no program. */
const LEADING_KEYWORDS = new Set([
  '!',
  '{',
  '}',
  'then',
  'do',
  'else',
  'if',
  'elif',
  'while',
  'until',
  'fi',
  'done',
])
/** Constructs whose words are not a command, or that run text the rules cannot read. */
const UNREADABLE_PROGRAMS = new Set(['eval', 'source', '.', 'case', 'function', 'coproc', 'trap', 'alias'])
/** Wrappers that run the rest of their words as a command, and their options that take a value. */
const WRAPPERS: Record<string, { valueOptions: string[]; takesOperand?: boolean }> = {
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  nohup: { valueOptions: [] },
  time: { valueOptions: [] },
  nice: { valueOptions: ['-n'] },
  timeout: { valueOptions: ['-s', '-k'], takesOperand: true },
  sudo: { valueOptions: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T'] },
  xargs: { valueOptions: ['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a'] },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
}

/** The simple commands an argv runs, each starting with its program's base name. */
export function commandWords(argv: readonly string[], depth = 0): CommandWords {
  const simple = stripPrefixes([...argv])
  if (!simple.ok) return simple
  const words = simple.words
  if (words.length === 0) return { ok: true, commands: [] }
  const program = words[0]!
  if (program.includes('$')) return { ok: false, reason: 'its program is named by a variable' }
  const name = path.basename(program)
  if (UNREADABLE_PROGRAMS.has(name)) return { ok: false, reason: `it uses ${name}` }
  if (name === 'for' || name === 'select') return { ok: true, commands: [] } // `for x in words`
  if (!SHELLS.has(name)) return { ok: true, commands: [[name, ...words.slice(1)]] }
  return shellCommands(name, words.slice(1), depth)
}

/** `bash -lc SCRIPT` → the script's commands; `bash` reading stdin cannot be read at all. */
function shellCommands(shell: string, args: string[], depth: number): CommandWords {
  const scriptFlag = args.findIndex((arg) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg))
  if (scriptFlag === -1) {
    const file = args.find((arg) => !arg.startsWith('-'))
    if (file === undefined || args.some((arg) => /^-[a-zA-Z]*s/.test(arg))) {
      return { ok: false, reason: `${shell} reads its commands from standard input` }
    }
    return { ok: true, commands: [[shell, ...args]] } // a script file: matched as the shell's argv
  }
  const script = args[scriptFlag + 1]
  if (script === undefined) return { ok: false, reason: `${shell} -c has no script` }
  if (depth >= MAX_SHELL_DEPTH) return { ok: false, reason: 'shells are nested too deeply' }
  const parsed = parseScript(script)
  if (!parsed.ok) return parsed
  const commands: string[][] = []
  for (const words of parsed.commands) {
    const inner = commandWords(words, depth + 1)
    if (!inner.ok) return inner
    commands.push(...inner.commands)
  }
  return { ok: true, commands }
}

/** Removes assignments, keywords and wrappers in front of the program, repeatedly. */
function stripPrefixes(words: string[]): { ok: true; words: string[] } | { ok: false; reason: string } {
  for (;;) {
    const first = words[0]
    if (first === undefined) return { ok: true, words }
    const name = path.basename(first)
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || LEADING_KEYWORDS.has(first)) {
      words = words.slice(1)
    } else if (name === 'env') {
      const rest = afterEnvOptions(words.slice(1))
      if (rest === undefined) return { ok: false, reason: 'env is given an option the rules cannot read' }
      words = rest
    } else if (name === 'command' && (words[1] === '-v' || words[1] === '-V')) {
      return { ok: true, words: [] } // a lookup, nothing runs
    } else if (Object.hasOwn(WRAPPERS, name)) {
      words = afterWrapperOptions(words.slice(1), WRAPPERS[name]!)
    } else {
      return { ok: true, words }
    }
  }
}

function afterWrapperOptions(words: string[], wrapper: { valueOptions: string[]; takesOperand?: boolean }) {
  let index = 0
  while (index < words.length && words[index]!.startsWith('-')) {
    const option = words[index]!
    index += wrapper.valueOptions.includes(option) ? 2 : 1
    if (option === '--') break
  }
  return words.slice(wrapper.takesOperand ? index + 1 : index)
}

/** `env [-i] [-u NAME] [NAME=value]… command`; options that split strings or change folders refuse. */
function afterEnvOptions(words: string[]): string[] | undefined {
  let index = 0
  while (index < words.length) {
    const word = words[index]!
    if (word === '-i' || word === '-' || word === '--ignore-environment' || word === '-0') index++
    else if (word === '-u') index += 2
    else if (word.startsWith('--unset=') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) index++
    else if (word === '--') return words.slice(index + 1)
    else if (word.startsWith('-')) return undefined
    else break
  }
  return words.slice(index)
}
