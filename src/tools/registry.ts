// The tools offered to the model, in a fixed order so the tool list is a stable (cacheable) prefix.
import { applyPatchTool } from './apply-patch/tool.js'
import { shellTool } from './shell.js'
import type { Tool } from './types.js'
import { updatePlanTool } from './update-plan.js'

export class ToolRegistry {
  private readonly byName = new Map<string, Tool>()

  constructor(tools: readonly Tool[]) {
    for (const tool of tools) {
      if (this.byName.has(tool.spec.name)) throw new Error(`duplicate tool name: ${tool.spec.name}`)
      this.byName.set(tool.spec.name, tool)
    }
  }

  get(name: string): Tool | undefined {
    return this.byName.get(name)
  }

  get specs() {
    return [...this.byName.values()].map((tool) => tool.spec)
  }

  get names(): string[] {
    return [...this.byName.keys()]
  }
}

export function builtinTools(): Tool[] {
  return [shellTool, applyPatchTool, updatePlanTool] as Tool[]
}
