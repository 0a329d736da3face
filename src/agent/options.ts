// What a run of the agent loop is given: the task, the workspace, the model and tools, the budgets,
// and the hooks through which the action and `exec` watch it.
import type { ApprovalPolicy, CommandRule, ModelPrice } from '../config/types.js'
import type { OutputSchema } from '../config/output-schema.js'
import type { Item, ModelClient, ModelRequest } from '../model/types.js'
import type { ModelImage } from '../protocol/images.js'
import type { EventSink } from '../protocol/events.js'
import type { CommandRunner } from '../sandbox/types.js'
import type { ToolRegistry } from '../tools/registry.js'
import type { Budgets } from './budgets.js'
import type { ProjectDoc } from './project-docs.js'

export interface AgentOptions {
  task: string
  /** Absolute workspace root; commands and patches are relative to it. */
  workspace: string
  model: ModelClient
  registry: ToolRegistry
  runner: CommandRunner
  budgets: Budgets
  price?: ModelPrice | undefined
  contextWindow?: number | undefined
  reasoningEffort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | undefined
  /** `model_reasoning_summary` and `model_verbosity` from the config. */
  reasoningSummary?: ModelRequest['reasoningSummary']
  verbosity?: ModelRequest['verbosity']
  projectDocMaxBytes: number
  /**
   * AGENTS.md texts to use instead of the workspace's own: on PR events the action reads them from
   * the base branch, because the checked-out head may carry hostile instructions.
   */
  projectDocs?: ProjectDoc[] | undefined
  /** Extra quoted context placed before the task (e.g. an issue thread), already sanitised. */
  context?: string[] | undefined
  commandTimeoutMs?: { default: number; max: number } | undefined
  /** `[[rules]]` from the config; none means every command runs under the sandbox policy. */
  rules?: readonly CommandRule[] | undefined
  /** What happens when a command needs approval; default "never" (refuse it). */
  approvalPolicy?: ApprovalPolicy | undefined
  /** Exact argvs a person approved (`/codex approve`): each may run once in this run. */
  approvedCommands?: string[][] | undefined
  /**
   * Resume a run that paused for approval: its transcript replaces the opening messages, followed
   * by `note` (what was approved) as a user message.
   */
  resume?: { history: Item[]; note: string } | undefined
  /** The thread id (`thread.started`, prompt cache key); a resumed session keeps its own. */
  threadId?: string | undefined
  /**
   * After every turn whose calls all have their outputs: the conversation so far (a copy). The
   * action saves its session here, so a runner that dies keeps the last turn.
   */
  onTurnEnd?: ((transcript: Item[]) => void | Promise<void>) | undefined
  /** Images that came with the task (an issue's screenshots, `exec -i`), given before it. */
  images?: readonly ModelImage[] | undefined
  /**
   * Ask for the final message as JSON matching this schema (`--output-schema`): sent as the
   * response format on `responses`; the caller (structured.ts) validates it.
   */
  outputSchema?: OutputSchema | undefined
  onEvent?: EventSink | undefined
  onTextDelta?: ((delta: string) => void) | undefined
  signal?: AbortSignal | undefined
}
