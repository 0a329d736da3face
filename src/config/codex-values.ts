// Codex values with more than one shape or a special meaning: a granular `approval_policy` table,
// `model_context_window = 0`, and fallback doc names that must stay plain file names.
import { isTable } from './reader.js'
import type { TableReader } from './reader.js'
import type { ApprovalPolicy, GranularApproval } from './types.js'

export const APPROVAL_POLICIES: readonly ApprovalPolicy[] = ['never', 'on-request', 'on-failure', 'untrusted']

export interface ApprovalSetting {
  approvalPolicy: ApprovalPolicy | undefined
  granularApproval: GranularApproval | undefined
}

/**
 * `approval_policy`: one of Codex's names, or its granular table `{ granular = { sandbox_approval,
 * rules, mcp_elicitations, skill_approval, request_permissions } }` (true: that kind of prompt may be
 * shown; false: rejected without asking).
 */
export function readApprovalPolicy(root: TableReader): ApprovalSetting {
  if (!isTable(root.values['approval_policy']))
    return { approvalPolicy: root.oneOf('approval_policy', APPROVAL_POLICIES), granularApproval: undefined }
  const outer = root.table('approval_policy')
  const table = outer?.table('granular')
  outer?.finish()
  if (!table) {
    const path = root.at('approval_policy')
    const fix =
      'write approval_policy = "never" (or on-request, on-failure, untrusted), or approval_policy = { granular = { sandbox_approval = true, rules = true, mcp_elicitations = false } }'
    root.ctx.report(path, `${root.ctx.key(path)} as a table must hold a granular table`, fix)
    return { approvalPolicy: undefined, granularApproval: undefined }
  }
  const flag = (key: string, required: boolean): boolean => {
    const value = table.boolean(key)
    if (value === undefined && required) {
      const path = table.at(key)
      table.ctx.report(path, `${table.ctx.key(path)} is missing`, `add ${key} = true or ${key} = false`)
    }
    return value ?? false
  }
  const granular: GranularApproval = {
    sandboxApproval: flag('sandbox_approval', true),
    rules: flag('rules', true),
    mcpElicitations: flag('mcp_elicitations', true),
    skillApproval: flag('skill_approval', false),
    requestPermissions: flag('request_permissions', false),
  }
  table.finish()
  // Commands that need approval are asked for when sandbox_approval allows it, refused when not.
  return { approvalPolicy: granular.sandboxApproval ? 'on-request' : 'never', granularApproval: granular }
}

/** File names only: a fallback name must not reach outside the folder it is looked up in. */
export function readFallbackFilenames(root: TableReader): string[] {
  const names = root.stringArray('project_doc_fallback_filenames', '["CLAUDE.md"]') ?? []
  return names.filter((name) => {
    if (name !== '' && name !== '.' && name !== '..' && !/[\\/]/.test(name)) return true
    const path = root.at('project_doc_fallback_filenames')
    root.ctx.report(
      path,
      `${root.ctx.key(path)} holds ${JSON.stringify(name)}, which is not a file name`,
      'list plain file names looked up in each folder, e.g. ["CLAUDE.md"]',
    )
    return false
  })
}

/** `model_context_window = 0` is how some tools (codex-cli-linker) write "unknown". */
export function readContextWindow(root: TableReader): number | undefined {
  const value = root.integer('model_context_window', 200_000)
  return value === 0 ? undefined : value
}
