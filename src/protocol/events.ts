// Events of a run, named as `codex exec --json` names them, so tools that read Codex's JSONL read
// ours. The loop emits them; the CLI prints them, the action turns them into its report.

export interface UsageJson {
  input_tokens: number
  cached_input_tokens: number
  /** Input tokens written to the provider's prompt cache (0 when not said, as in Codex 0.171). */
  cache_write_input_tokens: number
  output_tokens: number
  /** Reasoning tokens among the output tokens, as Codex 0.169+ reports them (0 when not said). */
  reasoning_output_tokens: number
}

export type FileChangeKind = 'add' | 'delete' | 'update'

export type AgentEventItem =
  | { id: string; type: 'agent_message'; text: string }
  | { id: string; type: 'reasoning'; text: string }
  | {
      id: string
      type: 'command_execution'
      command: string
      aggregated_output: string
      exit_code: number | null
      status: 'in_progress' | 'completed' | 'failed' | 'declined'
    }
  | {
      id: string
      type: 'file_change'
      changes: { path: string; kind: FileChangeKind }[]
      status: 'in_progress' | 'completed' | 'failed'
    }
  | { id: string; type: 'todo_list'; items: { text: string; completed: boolean }[] }
  | {
      id: string
      type: 'mcp_tool_call'
      server: string
      tool: string
      arguments: unknown
      /** The server's answer (content blocks as sent), once it answered; null before or on failure. */
      result: { content: unknown[]; structured_content: unknown } | null
      error: { message: string } | null
      status: 'in_progress' | 'completed' | 'failed'
    }
  | { id: string; type: 'error'; message: string }

export type AgentEvent =
  | { type: 'thread.started'; thread_id: string }
  | { type: 'turn.started' }
  | { type: 'item.started'; item: AgentEventItem }
  | { type: 'item.updated'; item: AgentEventItem }
  | { type: 'item.completed'; item: AgentEventItem }
  | { type: 'turn.completed'; usage: UsageJson }
  | { type: 'turn.failed'; error: { message: string } }
  | { type: 'error'; message: string }

export type EventSink = (event: AgentEvent) => void
