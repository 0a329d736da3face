// The action's log of the agent at work. Each command is logged as it starts (a long one is
// visible while it runs); then each model turn becomes one collapsible `::group::` listing its
// commands with their exit codes and its patches with their files — what a maintainer scrolls
// the run log for.
import type { AgentEvent } from '../protocol/events.js'
import type { ModelClient } from '../model/types.js'

export interface TurnLogSink {
  log: (line: string) => void
  logGroup: (title: string, lines: string[]) => void
}

export class TurnLog {
  private turn = 0
  private lines: string[] = []
  private commands = 0
  private patches = 0

  constructor(private readonly sink: TurnLogSink) {}

  /** The model client, counting its requests: each one starts a new turn in the log. */
  counting(model: ModelClient): ModelClient {
    return {
      info: model.info,
      turn: (request) => {
        this.flush()
        this.turn += 1
        return model.turn(request)
      },
    }
  }

  onEvent(event: AgentEvent): void {
    if (event.type === 'item.started' && event.item.type === 'command_execution')
      this.sink.log(`exec ${event.item.command}`)
    if (event.type !== 'item.completed') return
    const { item } = event
    if (item.type === 'command_execution') {
      this.commands += 1
      const ended = item.exit_code === null ? item.status : `exit ${item.exit_code}`
      this.lines.push(`$ ${item.command}  → ${ended}`)
    } else if (item.type === 'file_change') {
      this.patches += 1
      const files = item.changes.map((change) => `${change.kind} ${change.path}`).join(', ')
      this.lines.push(
        `apply_patch ${item.status === 'failed' ? 'FAILED' : 'applied'}: ${files || '(no files)'}`,
      )
    }
  }

  /** Writes the current turn's group, if it ran anything. */
  flush(): void {
    if (this.lines.length > 0) {
      const title = `Turn ${this.turn}: ${plural(this.commands, 'command')}, ${plural(this.patches, 'patch', 'patches')}`
      this.sink.logGroup(title, this.lines)
    }
    this.lines = []
    this.commands = 0
    this.patches = 0
  }
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
