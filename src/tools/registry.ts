// The tools offered to the model, in a fixed order so the tool list is a stable (cacheable) prefix,
// and the tools it may call. The two differ on purpose: a model calls what it was trained on
// whatever it was offered (`shell` or `exec_command`, `shell_command`, a flat or a namespaced MCP
// name), so every built-in shape is accepted; only the offered ones are listed to the model.
import { applyPatchTool, freeformApplyPatchTool } from './apply-patch/tool.js'
import { execCommandTool } from './exec-command.js'
import type { ToolFamily } from './families.js'
import { qualifiedToolName } from './mcp/names.js'
import { shellCommandTool, shellTool } from './shell.js'
import type { Tool } from './types.js'
import { updatePlanTool } from './update-plan.js'
import { viewImageTool } from './view-image.js'
import { writeStdinTool } from './write-stdin.js'

/** Every built-in shape a model may call, offered or not. */
const ACCEPTED_BUILTINS: readonly Tool[] = [
  shellTool,
  shellCommandTool,
  execCommandTool,
  writeStdinTool,
  applyPatchTool,
  updatePlanTool,
] as Tool[]

export class ToolRegistry {
  private readonly byName = new Map<string, Tool>()
  private readonly accepted = new Map<string, Tool>()

  constructor(tools: readonly Tool[]) {
    for (const tool of tools) {
      if (this.byName.has(tool.spec.name)) throw new Error(`duplicate tool name: ${tool.spec.name}`)
      this.byName.set(tool.spec.name, tool)
    }
    for (const tool of ACCEPTED_BUILTINS) {
      if (!this.byName.has(tool.spec.name)) this.accepted.set(tool.spec.name, tool)
    }
  }

  /**
   * The tool a call names: `name` as offered or accepted, or — for Codex's namespaced shape
   * (`{namespace: "mcp__calc", name: "add"}`) — the flat MCP tool that namespace and name stand for.
   */
  get(name: string, namespace?: string): Tool | undefined {
    if (namespace === undefined || namespace === '') return this.byName.get(name) ?? this.accepted.get(name)
    const server = namespace.replace(/^mcp__/, '').replace(/__$/, '')
    const candidates = [
      `${namespace.replace(/__$/, '')}__${name}`,
      qualifiedToolName({ server, tool: name }),
      name.startsWith(`${namespace}`) ? name : undefined,
    ]
    for (const candidate of candidates) {
      const tool = candidate === undefined ? undefined : this.byName.get(candidate)
      if (tool !== undefined) return tool
    }
    return undefined
  }

  get specs() {
    return [...this.byName.values()].map((tool) => tool.spec)
  }

  /** The offered tools' names, as told to a model that called something else. */
  get names(): string[] {
    return [...this.byName.keys()]
  }
}

/** The built-in tools offered to a model family (see families.ts); the classic set by default. */
export function builtinTools(family?: ToolFamily, options: { vision?: boolean } = {}): Tool[] {
  const applyPatch = family?.applyPatch === 'freeform' ? freeformApplyPatchTool : applyPatchTool
  const commands = family?.commandTool === 'exec_command' ? [execCommandTool, writeStdinTool] : [shellTool]
  // view_image only for models that can see the image it attaches, as Codex offers it.
  const images = options.vision ? [viewImageTool] : []
  return [...commands, applyPatch, updatePlanTool, ...images] as Tool[]
}
