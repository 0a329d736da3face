// `--json` lines as `codex exec --json` prints them. The loop's events already use Codex's names;
// what differs is only where the CLI knows more than the loop: Codex names changed files by their
// absolute path, while the loop (and the action's report) keep them relative to the workspace.
import path from 'node:path'
import type { AgentEvent, AgentEventItem } from '../protocol/events.js'

export function codexJsonLine(event: AgentEvent, workspace: string): string {
  if (event.type !== 'item.started' && event.type !== 'item.updated' && event.type !== 'item.completed')
    return JSON.stringify(event)
  return JSON.stringify({ ...event, item: withAbsolutePaths(event.item, workspace) })
}

function withAbsolutePaths(item: AgentEventItem, workspace: string): AgentEventItem {
  if (item.type !== 'file_change') return item
  const changes = item.changes.map((change) => ({ ...change, path: path.resolve(workspace, change.path) }))
  return { ...item, changes }
}
