// Human-readable progress on stderr, one short block per event, like `codex exec`.
import type { AgentEvent } from '../protocol/events.js'
import type { ColorChoice } from './args.js'

const PREVIEW_LINES = 6
const CHANGE_LETTER = { add: 'A', update: 'M', delete: 'D' } as const
/** The label that starts a block, and its colour (ANSI SGR), as Codex colours them. */
const LABEL_COLORS: Record<string, string> = {
  exec: '35',
  codex: '35',
  thinking: '35',
  'tokens used': '2',
  plan: '36',
  apply_patch: '36',
  error: '31',
  'tool error': '31',
}

export function progressPrinter(
  write: (text: string) => void,
  options: { color: boolean } = { color: false },
): (event: AgentEvent) => void {
  return (event) => {
    const text = describe(event)
    if (text !== undefined) write(`${options.color ? colored(text) : text}\n`)
  }
}

/** `--color`: `auto` colours only a terminal, and never when NO_COLOR is set (as Codex does). */
export function useColor(choice: ColorChoice, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (choice !== 'auto') return choice === 'always'
  return stream.isTTY === true && (env.NO_COLOR ?? '') === ''
}

function colored(text: string): string {
  const label = /^[a-z_ ]+(?=[: ])/i.exec(text)?.[0]
  const code = label === undefined ? undefined : LABEL_COLORS[label]
  if (label === undefined || code === undefined) return text
  return `\u001b[${code};1m${label}\u001b[0m${text.slice(label.length)}`
}

function describe(event: AgentEvent): string | undefined {
  switch (event.type) {
    case 'item.started':
      return event.item.type === 'command_execution' ? `exec ${event.item.command}` : undefined
    case 'item.completed':
      return describeItem(event.item)
    case 'turn.completed': {
      const { input_tokens, cached_input_tokens, cache_write_input_tokens, output_tokens } = event.usage
      // Cache writes are said only when the provider reported some (most never do).
      const written = cache_write_input_tokens > 0 ? `, ${cache_write_input_tokens} written to cache` : ''
      return `tokens used: ${input_tokens} in (${cached_input_tokens} cached${written}), ${output_tokens} out`
    }
    // The reason a run stopped (the `error` event) is printed once, by the caller, as `error: …`.
    default:
      return undefined
  }
}

function describeItem(item: Extract<AgentEvent, { type: 'item.completed' }>['item']): string | undefined {
  switch (item.type) {
    case 'command_execution': {
      const status = item.exit_code === 0 ? 'succeeded' : `exited ${item.exit_code ?? 'abnormally'}`
      return `  ${status}\n${indent(preview(item.aggregated_output))}`.trimEnd()
    }
    case 'file_change':
      return `apply_patch ${item.status}: ${item.changes.map((change) => `${CHANGE_LETTER[change.kind]} ${change.path}`).join(', ')}`
    case 'todo_list':
      return `plan:\n${item.items.map((step) => `  [${step.completed ? 'x' : ' '}] ${step.text}`).join('\n')}`
    case 'agent_message':
      return `codex: ${item.text}`
    case 'reasoning':
      return `thinking: ${item.text}`
    case 'error':
      return `tool error: ${item.message}`
    default:
      return undefined
  }
}

function preview(output: string): string {
  const lines = output.trimEnd().split('\n')
  if (lines.length <= PREVIEW_LINES) return lines.join('\n')
  return [...lines.slice(0, PREVIEW_LINES), `… +${lines.length - PREVIEW_LINES} lines`].join('\n')
}

function indent(text: string): string {
  return text === '' ? '' : text.replace(/^/gm, '    ')
}
