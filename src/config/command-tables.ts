// The config tables that say what commands may do: `[sandbox_workspace_write]`, `[sandbox_limits]`,
// `[shell_environment_policy]` and `[[rules]]`, each read into its typed value.
import { codexOnlyIn } from './codex-only.js'
import type { TableReader } from './reader.js'
import type { CommandRule, SandboxLimitsConfig, ShellEnvironmentPolicy } from './types.js'

export interface SandboxWorkspaceWrite {
  networkAccess: boolean
  writableRoots: string[]
}

const INHERIT_MODES: readonly NonNullable<ShellEnvironmentPolicy['inherit']>[] = [
  'all',
  'core',
  'none',
] as const
const RULE_DECISIONS: readonly CommandRule['decision'][] = ['allow', 'forbidden', 'escalate']

export function readSandboxWorkspaceWrite(root: TableReader): SandboxWorkspaceWrite {
  const table = root.table(
    'sandbox_workspace_write',
    codexOnlyIn(['exclude_tmpdir_env_var', 'exclude_slash_tmp']),
  )
  if (!table) return { networkAccess: false, writableRoots: [] }
  const result = {
    networkAccess: table.boolean('network_access') ?? false,
    // Kept as written, like Codex: relative roots are resolved against the workspace by the sandbox.
    writableRoots: table.stringArray('writable_roots', '["/home/runner/.cache"]') ?? [],
  }
  table.finish()
  return result
}

/** Defaults of `[sandbox_limits]`: far above what a build needs, far below what hurts a runner. */
export const DEFAULT_SANDBOX_LIMITS: SandboxLimitsConfig = { maxProcesses: 1024, tmpSizeMb: 1024 }

/** `[sandbox_limits]` (this project's, not Codex's): caps on every sandboxed command; 0 turns one off. */
export function readSandboxLimits(root: TableReader): SandboxLimitsConfig {
  const table = root.table('sandbox_limits')
  if (!table) return { ...DEFAULT_SANDBOX_LIMITS }
  const maxProcesses = table.integer('max_processes', DEFAULT_SANDBOX_LIMITS.maxProcesses)
  const tmpSizeMb = table.integer('tmp_size_mb', DEFAULT_SANDBOX_LIMITS.tmpSizeMb)
  table.finish()
  return {
    maxProcesses: maxProcesses ?? DEFAULT_SANDBOX_LIMITS.maxProcesses,
    tmpSizeMb: tmpSizeMb ?? DEFAULT_SANDBOX_LIMITS.tmpSizeMb,
  }
}

export function readShellEnvironmentPolicy(root: TableReader): ShellEnvironmentPolicy {
  const table = root.table('shell_environment_policy', codexOnlyIn(['experimental_use_profile']))
  const policy: ShellEnvironmentPolicy = {
    // Unset is the front end's default: Codex's `all` for exec, the allow-list in the action.
    inherit: table?.oneOf('inherit', INHERIT_MODES),
    ignoreDefaultExcludes: table?.boolean('ignore_default_excludes') ?? false,
    exclude: table?.stringArray('exclude', '["AWS_*", "AZURE_*"]') ?? [],
    set: table?.stringMap('set', '{ CI = "1" }') ?? {},
    includeOnly: table?.stringArray('include_only', '["PATH", "HOME"]') ?? [],
  }
  table?.finish()
  return policy
}

export function readRule(table: TableReader): CommandRule {
  const prefix = table.stringArray('prefix', '["git", "push"]')
  const decision = table.oneOf('decision', RULE_DECISIONS)
  const rule: CommandRule = {
    prefix: prefix ?? [],
    decision: decision ?? 'allow',
    justification: table.string('justification', 'why this rule exists'),
    network: table.boolean('network'),
    writable: table.stringArray('writable', '["~/.cache"]'),
  }
  table.finish()
  // A wrong-typed value is reported already; "missing" is only for an absent key.
  if (table.has('prefix') ? prefix?.length === 0 : true) {
    const path = table.at('prefix')
    const problem = `${table.ctx.key(path)} is ${prefix ? 'empty' : 'missing'}`
    table.ctx.fail(path, problem, 'give the command words it matches, e.g. prefix = ["npm", "test"]')
  }
  if (!table.has('decision')) {
    const path = table.at('decision')
    const fix = 'add decision = "allow", "forbidden" or "escalate"'
    table.ctx.fail(path, `${table.ctx.key(path)} is missing`, fix)
  }
  return rule
}
