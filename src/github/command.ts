// The command in a comment: the trigger phrase at the start of a line, then `ask`, `status`,
// `approve`, `continue` or a task. Only this text (and the workflow's `prompt` input) becomes instructions.
import { stripInvisible } from './sanitize.js'
import type { Command, Skip } from './types.js'

/**
 * The command in `body`: the first line that starts (after optional blanks) with the trigger
 * phrase followed by a blank or the line's end. Lines inside fenced code blocks and quoted lines
 * (`> /codex …`) do not count. The command text is the rest of that line and all lines below it.
 */
export function findCommandText(body: string, triggerPhrase: string): string | undefined {
  const lines = stripInvisible(body).split('\n')
  const phrase = new RegExp(`^[ \\t]*${escapeRegExp(triggerPhrase)}(?=\\s|$)(.*)$`)
  let fence: string | undefined
  for (const [index, line] of lines.entries()) {
    const fenceMarker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (
        fenceMarker &&
        fenceMarker[0] === fence[0] &&
        fenceMarker.length >= fence.length &&
        /^\s*[`~]+\s*$/.test(line)
      ) {
        fence = undefined
      }
      continue
    }
    if (fenceMarker) {
      fence = fenceMarker
      continue
    }
    const match = phrase.exec(line)
    if (match) return [match[1] ?? '', ...lines.slice(index + 1)].join('\n').trim()
  }
  return undefined
}

/**
 * The command text as a command: `ask`, `review`, `status`, `approve` or `continue` as its first word picks those; any
 * other text is a task. The `prompt` input adds to a comment's task, or is the task when the
 * comment gives none; `help` when there is nothing to do.
 */
export function parseCommand(text: string, prompt: string | undefined): Command | Skip {
  const [, firstWord = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(text.trim()) ?? []
  const keyword = firstWord.toLowerCase()
  const extra = prompt?.trim() ? `\n\nAdditional instructions from the workflow: ${prompt.trim()}` : ''
  if (keyword === 'status') return { kind: 'status' }
  if (keyword === 'approve') return { kind: 'approve', text: rest }
  if (keyword === 'continue') return { kind: 'continue', text: `${rest}${extra}`.trim() }
  if (keyword === 'review') return { kind: 'review', text: `${rest}${extra}`.trim() }
  if (keyword === 'ask') {
    if (rest) return { kind: 'ask', text: `${rest}${extra}` }
    if (prompt?.trim()) return { kind: 'ask', text: prompt.trim() }
    return { kind: 'help' }
  }
  if (text) return { kind: 'task', text: `${text}${extra}` }
  if (prompt?.trim()) return { kind: 'task', text: prompt.trim() }
  // Addressed to us but nothing to do: the commenter gets the usage instead of silence.
  return { kind: 'help' }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
