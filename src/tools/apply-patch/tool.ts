// The `apply_patch` function tool: `{input}` holds a whole Codex-format patch. Models tuned on
// Codex know the format, so the description stays short (it is paid for on every turn).
import { invalid, parseJsonObject } from '../args.js'
import type { Tool, ToolContext, ToolResult } from '../types.js'
import { READ_ONLY_REFUSAL, applyPatch, parsePatch } from './index.js'

const EXAMPLE = String.raw`{"input":"*** Begin Patch\n*** Update File: src/app.ts\n@@\n-old line\n+new line\n*** End Patch"}`

const DESCRIPTION = [
  'Edit files with a patch. `input` is the whole patch:',
  '*** Begin Patch',
  '*** Add File: <path>   (every line of the new file prefixed with +)',
  '*** Delete File: <path>',
  '*** Update File: <path>   (optionally then *** Move to: <new path>)',
  '@@ <optional line to anchor the chunk>',
  ' context line',
  '-removed line',
  '+added line',
  '*** End of File   (optional: the chunk ends the file)',
  '*** End Patch',
  'Paths are relative to the workspace. Give about 3 lines of context around each change.',
].join('\n')

export const applyPatchTool: Tool<{ input: string }> = {
  spec: {
    name: 'apply_patch',
    description: DESCRIPTION,
    parameters: {
      type: 'object',
      properties: {
        input: { type: 'string', description: 'The entire patch, from *** Begin Patch to *** End Patch.' },
      },
      required: ['input'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'apply_patch', EXAMPLE)
    if (!parsed.ok) return parsed
    const { input } = parsed.args
    if (typeof input !== 'string' || input.trim() === '') {
      return invalid('apply_patch', 'send the whole patch as the string field `input`', EXAMPLE)
    }
    return { ok: true, args: { input } }
  },

  run(args, context): Promise<ToolResult> {
    return applyPatchForModel(args.input, context)
  },
}

/**
 * Applies a patch the model sent, as the tool or as a shell call (`cwd` is then the call's workdir):
 * refused under read-only, and reported as a file_change item either way.
 */
export async function applyPatchForModel(
  patch: string,
  context: ToolContext,
  cwd?: string,
): Promise<ToolResult> {
  if (context.policy.mode === 'read-only') {
    // Refused, but still a file change the user should see: a failed one, naming what it aimed at.
    const parsed = parsePatch(patch)
    const changes = parsed.ok
      ? parsed.hunks.map((hunk) => ({
          path: hunk.type === 'update' ? (hunk.movePath ?? hunk.path) : hunk.path,
          kind: hunk.type,
        }))
      : []
    return {
      output: READ_ONLY_REFUSAL,
      success: false,
      item: { id: context.itemId, type: 'file_change', changes, status: 'failed' },
    }
  }
  const result = await applyPatch(patch, { workspace: context.workspace, cwd })
  return {
    output: result.ok ? result.stdout : result.stderr,
    success: result.ok,
    item: {
      id: context.itemId,
      type: 'file_change',
      // A move is reported under the name the file has now.
      changes: result.changes.map((change) => ({
        path: change.movePath ?? change.path,
        kind: change.kind,
      })),
      status: result.ok ? 'completed' : 'failed',
    },
  }
}
