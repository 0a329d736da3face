// Where `exec` gets its task, and whether it may run in this folder at all, decided as `codex exec`
// decides them so that scripts written for Codex behave the same here.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from './args.js'
import type { ExecArgs } from './args.js'

/** Codex's refusal outside a git repository, word for word (exit 1). */
export const NOT_IN_GIT_REPO = 'Not inside a trusted directory and --skip-git-repo-check was not specified.'

/**
 * The task text. A PROMPT argument with piped stdin gets stdin appended as a `<stdin>` block, as
 * Codex does; without PROMPT (or with `-`) stdin is the prompt. `exec resume PROMPT` takes the
 * argument alone, as Codex's resume does.
 */
export async function resolveTask(args: ExecArgs, log: (line: string) => void): Promise<string> {
  if (args.prompt === undefined) {
    const task = await readStdin()
    if (task.trim() === '')
      throw new UsageError('no prompt: pass PROMPT as the last argument, or pipe it into stdin')
    return task
  }
  if (args.resume !== undefined || process.stdin.isTTY) return args.prompt
  log('Reading additional input from stdin...')
  const piped = await readStdin()
  return piped.trim() === '' ? args.prompt : promptWithStdin(args.prompt, piped)
}

export function promptWithStdin(prompt: string, stdin: string): string {
  return `${prompt}\n\n<stdin>\n${stdin}${stdin.endsWith('\n') ? '' : '\n'}</stdin>`
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  // A UTF-8 byte-order mark is not part of the prompt (Codex strips it too).
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
}

/** True when `dir` or a folder above it holds `.git` (a folder, or a worktree's file). */
export function insideGitRepo(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return true
    if (path.dirname(current) === current) return false
  }
}
