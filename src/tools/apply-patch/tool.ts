// The `apply_patch` function tool: `{input}` holds a whole Codex-format patch. Models tuned on
// Codex know the format, so the description stays short (it is paid for on every turn).
import path from 'node:path'
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
    // A model trained on the free-form tool may send the bare patch as the function's arguments.
    if (rawArguments.trimStart().startsWith('*** Begin Patch'))
      return { ok: true, args: { input: rawArguments } }
    const parsed = parseJsonObject(rawArguments, 'apply_patch', EXAMPLE)
    if (!parsed.ok) return parsed
    const { input } = parsed.args
    if (typeof input !== 'string' || input.trim() === '') {
      return invalid('apply_patch', 'send the whole patch as the string field `input`', EXAMPLE)
    }
    return { ok: true, args: { input } }
  },

  parseFreeform(input) {
    if (input.trim() === '') {
      return {
        ok: false,
        error:
          'apply_patch: the patch is empty. Send the whole patch, from *** Begin Patch to *** End Patch.',
      }
    }
    // Some models wrap the free-form patch in the function's JSON anyway.
    if (input.trimStart().startsWith('{')) return applyPatchTool.parse(input)
    return { ok: true, args: { input } }
  },

  run(args, context): Promise<ToolResult> {
    return applyPatchForModel(args.input, context)
  },
}

// Codex's free-form definition (codex-rs, tool_apply_patch.lark), sent as is: the models that
// take apply_patch as a custom tool were trained on this grammar and this description.
const APPLY_PATCH_LARK = String.raw`start: begin_patch hunk+ end_patch
begin_patch: "*** Begin Patch" LF
end_patch: "*** End Patch" LF?

hunk: add_hunk | delete_hunk | update_hunk
add_hunk: "*** Add File: " filename LF add_line+
delete_hunk: "*** Delete File: " filename LF
update_hunk: "*** Update File: " filename LF change_move? change?

filename: /(.+)/
add_line: "+" /(.*)/ LF -> line

change_move: "*** Move to: " filename LF
change: (change_context | change_line)+ eof_line?
change_context: ("@@" | "@@ " /(.+)/) LF
change_line: ("+" | "-" | " ") /(.*)/ LF
eof_line: "*** End of File" LF

%import common.LF
`

/** The same tool offered as a free-form (custom) tool, for the families trained on that shape. */
export const freeformApplyPatchTool: Tool<{ input: string }> = {
  ...applyPatchTool,
  spec: {
    ...applyPatchTool.spec,
    description:
      'The `apply_patch` tool can be used to edit files. This is a FREEFORM tool, so do not wrap the patch in JSON.',
    freeform: { syntax: 'lark', definition: APPLY_PATCH_LARK },
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
  const parsed = parsePatch(patch)
  // Named as the result names them: relative to the workspace, whatever the call's folder.
  const fromWorkspace = (file: string) =>
    path.relative(context.workspace, path.resolve(cwd ?? context.workspace, file))
  const planned = parsed.ok
    ? parsed.hunks.map((hunk) => ({
        path: fromWorkspace(hunk.type === 'update' ? (hunk.movePath ?? hunk.path) : hunk.path),
        kind: hunk.type,
      }))
    : []
  if (context.policy.mode === 'read-only') {
    // Refused, but still a file change the user should see: a failed one, naming what it aimed at.
    return {
      output: READ_ONLY_REFUSAL,
      error: 'refused',
      item: { id: context.itemId, type: 'file_change', changes: planned, status: 'failed' },
    }
  }
  // Codex announces a patch before applying it (`item.started`), with the files it aims at.
  context.emit({
    phase: 'started',
    item: { id: context.itemId, type: 'file_change', changes: planned, status: 'in_progress' },
  })
  const result = await applyPatch(patch, { workspace: context.workspace, cwd })
  return {
    output: result.ok ? result.stdout : result.stderr,
    error: result.ok ? undefined : 'failed',
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
