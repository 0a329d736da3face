// Validation of the merged raw TOML table (file → profile → overrides) into typed pieces. Wrong
// types and bad enum values are collected and reported together; unknown keys become warnings.
import { SANDBOX_MODES } from './types.js'
import { BUILT_IN_PROVIDER_IDS, isCodexOnlyProviderKey, readProviderEntry } from './providers.js'
import type { ProviderEntry } from './providers.js'
import { readApprovalPolicy, readContextWindow, readFallbackFilenames } from './codex-values.js'
import { TableReader } from './reader.js'
import type { ConfigContext, TomlTableLike } from './reader.js'
import type {
  ApprovalPolicy,
  CommandRule,
  GithubSettings,
  GranularApproval,
  McpServerConfig,
  ModelPrice,
  ReasoningEffort,
  ReasoningSummary,
  SandboxLimitsConfig,
  SandboxMode,
  ShellEnvironmentPolicy,
  Verbosity,
} from './types.js'

export const REASONING_EFFORTS: readonly ReasoningEffort[] = [
  'none',
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
]
export const REASONING_SUMMARIES: readonly ReasoningSummary[] = ['auto', 'concise', 'detailed', 'none']
export const VERBOSITIES: readonly Verbosity[] = ['low', 'medium', 'high']
const INHERIT_MODES: readonly NonNullable<ShellEnvironmentPolicy['inherit']>[] = [
  'all',
  'core',
  'none',
] as const
const RULE_DECISIONS: readonly CommandRule['decision'][] = ['allow', 'forbidden', 'escalate']
export const DEFAULT_PROJECT_DOC_MAX_BYTES = 32_768
const DEFAULT_MCP_STARTUP_TIMEOUT_SEC = 30
const DEFAULT_MCP_TOOL_TIMEOUT_SEC = 120
/** MCP tools are exposed as `mcp__<server>__<tool>`, so server ids must be name-safe. */
const MCP_SERVER_ID = /^[A-Za-z0-9_-]+$/

/** Top-level Codex settings that mean something to Codex but nothing to this action. */
const CODEX_ONLY_TOP_LEVEL = new Set([
  'model_reasoning_summary_format',
  'model_supports_reasoning_summaries',
  'model_max_output_tokens',
  'model_auto_compact_token_limit',
  'review_model',
  'tui',
  'notify',
  'history',
  'file_opener',
  'hide_agent_reasoning',
  'show_raw_agent_reasoning',
  'disable_response_storage',
  'features',
  'tools',
  'tools_web_search',
  'tool_output_token_limit',
  'chatgpt_base_url',
  'preferred_auth_method',
  'forced_login_method',
  'forced_chatgpt_workspace_id',
  'cli_auth_credentials_store',
  'mcp_oauth_credentials_store',
  'check_for_update_on_startup',
  'instructions',
  'developer_instructions',
  'otel',
  'ghost_snapshot',
  'notice',
  'windows_wsl_setup_acknowledged',
  'trust_level',
  'approval_presets',
])

const codexOnlyTopLevel = (key: string): boolean =>
  CODEX_ONLY_TOP_LEVEL.has(key) || key.startsWith('experimental_') || key.startsWith('include_')
const codexOnlyIn =
  (keys: readonly string[]) =>
  (key: string): boolean =>
    keys.includes(key) || key.startsWith('experimental_')

export interface ValidatedConfig {
  model: string | undefined
  modelProvider: string | undefined
  modelReasoningEffort: ReasoningEffort | undefined
  modelReasoningSummary: ReasoningSummary | undefined
  modelVerbosity: Verbosity | undefined
  modelContextWindow: number | undefined
  /** User providers, minus any that reuse a built-in id (warned and dropped). */
  providers: Record<string, ProviderEntry>
  sandboxMode: SandboxMode | undefined
  sandboxWorkspaceWrite: { networkAccess: boolean; writableRoots: string[] }
  sandboxLimits: SandboxLimitsConfig
  approvalPolicy: ApprovalPolicy | undefined
  granularApproval: GranularApproval | undefined
  openaiBaseUrl: string | undefined
  ossProvider: 'ollama' | 'lmstudio' | undefined
  projectDocFallbackFilenames: string[]
  shellEnvironmentPolicy: ShellEnvironmentPolicy
  mcpServers: McpServerConfig[]
  projectDocMaxBytes: number
  rules: CommandRule[]
  github: GithubSettings
  pricing: Record<string, ModelPrice>
}

function readProviders(root: TableReader): Record<string, ProviderEntry> {
  const providers: Record<string, ProviderEntry> = {}
  for (const [id, table] of root.tables('model_providers', isCodexOnlyProviderKey)) {
    const entry = readProviderEntry(table)
    if (BUILT_IN_PROVIDER_IDS.includes(id)) {
      const { where, key } = root.ctx.locate(table.path)
      root.ctx.warn(
        `[${key}] in ${where} cannot replace the built-in '${id}' provider; Codex ignores it and so does this action. ` +
          `Fix: give it another id, e.g. [model_providers.${id}-custom], and set model_provider to it` +
          (id === 'openai' ? ' (or set OPENAI_BASE_URL to change the built-in endpoint)' : ''),
      )
      continue
    }
    providers[id] = entry
  }
  return providers
}

function readSandboxWorkspaceWrite(root: TableReader): ValidatedConfig['sandboxWorkspaceWrite'] {
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
function readSandboxLimits(root: TableReader): SandboxLimitsConfig {
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

function readShellEnvironmentPolicy(root: TableReader): ShellEnvironmentPolicy {
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

function readMcpServer(id: string, table: TableReader): McpServerConfig {
  if (!MCP_SERVER_ID.test(id)) {
    const fix = 'rename the table using only letters, digits, _ and -, e.g. [mcp_servers.docs]'
    table.ctx.fail(table.path, `${table.ctx.key(table.path)} is not a valid MCP server name`, fix)
  }
  const legacyStartupMs = table.number('startup_timeout_ms', 30_000, true)
  const server: McpServerConfig = {
    id,
    command: table.string('command', 'npx'),
    args: table.stringArray('args', '["-y", "mcp-server"]') ?? [],
    env: table.stringMap('env', '{ API_KEY = "value" }') ?? {},
    cwd: table.string('cwd', '/path/to/server'),
    url: table.string('url', 'https://mcp.example.com/mcp'),
    bearerTokenEnvVar: table.string('bearer_token_env_var', 'MCP_TOKEN'),
    httpHeaders: table.stringMap('http_headers', '{ "X-Header" = "value" }') ?? {},
    enabled: table.boolean('enabled') ?? true,
    required: table.boolean('required') ?? false,
    enabledTools: table.stringArray('enabled_tools', '["search"]'),
    disabledTools: table.stringArray('disabled_tools', '["delete"]') ?? [],
    startupTimeoutSec:
      table.number('startup_timeout_sec', DEFAULT_MCP_STARTUP_TIMEOUT_SEC, true) ??
      (legacyStartupMs === undefined ? DEFAULT_MCP_STARTUP_TIMEOUT_SEC : legacyStartupMs / 1000),
    toolTimeoutSec:
      table.number('tool_timeout_sec', DEFAULT_MCP_TOOL_TIMEOUT_SEC, true) ?? DEFAULT_MCP_TOOL_TIMEOUT_SEC,
  }
  table.finish()
  if (table.has('command') === table.has('url')) {
    const key = table.ctx.key(table.path)
    const problem = table.has('command')
      ? `${key} sets both command and url`
      : `${key} sets neither command (a stdio server) nor url (a streamable HTTP server)`
    table.ctx.fail(table.path, problem, 'set exactly one, e.g. command = "npx" or url = "https://…/mcp"')
  }
  return server
}

function readRule(table: TableReader): CommandRule {
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

function readPrice(table: TableReader, model: string): ModelPrice {
  // `[pricing.glm-4.6]` is TOML for table "glm-4" holding table "6": the id needs quotes.
  const dotted = table.keys.find(
    (key) => !['input', 'output', 'cached_input'].includes(key) && table.table(key),
  )
  if (dotted !== undefined && !table.has('input')) {
    const id = `${model}.${dotted}`
    table.ctx.fail(
      table.at(dotted),
      `[pricing.${id}] is read by TOML as [pricing.${model}] with a table "${dotted}" inside, because of the dot in the model id`,
      `quote the model id: [pricing."${id}"]`,
    )
  }
  const input = table.number('input', 1.25)
  const output = table.number('output', 10)
  const cachedInput = table.number('cached_input', 0.125)
  table.finish()
  for (const [key, value] of [
    ['input', input],
    ['output', output],
  ] as const) {
    if (value === undefined && !table.has(key)) {
      const fix = `add ${key} = <USD per million tokens>, e.g. input = 1.25, cached_input = 0.125, output = 10`
      table.ctx.fail(table.at(key), `${table.ctx.key(table.at(key))} is missing`, fix)
    }
  }
  // Providers that do not discount cached input bill it at the input price.
  return { input: input ?? 0, cachedInput: cachedInput ?? input ?? 0, output: output ?? 0 }
}

function readGithub(root: TableReader): GithubSettings {
  const table = root.table('github')
  const settings = {
    allowWorkflowChanges: table?.boolean('allow_workflow_changes') ?? false,
    assignee: table?.string('assignee', 'octocat') || undefined,
  }
  table?.finish()
  return settings
}

/** Validates the merged root table. `profile` and `profiles` are consumed by the loader already. */
export function validateConfig(ctx: ConfigContext, rootTable: TomlTableLike): ValidatedConfig {
  const root = new TableReader(ctx, [], rootTable, codexOnlyTopLevel)
  root.raw('profile')
  root.raw('profiles')
  // `[projects."<path>"] trust_level`: read by the exec loader before validation (trust.ts).
  root.raw('projects')
  const config: ValidatedConfig = {
    model: root.string('model', 'gpt-5-codex'),
    modelProvider: root.string('model_provider', 'openai'),
    modelReasoningEffort: root.oneOf('model_reasoning_effort', REASONING_EFFORTS),
    modelReasoningSummary: root.oneOf('model_reasoning_summary', REASONING_SUMMARIES),
    modelVerbosity: root.oneOf('model_verbosity', VERBOSITIES),
    modelContextWindow: readContextWindow(root),
    providers: readProviders(root),
    sandboxMode: root.oneOf('sandbox_mode', SANDBOX_MODES),
    sandboxWorkspaceWrite: readSandboxWorkspaceWrite(root),
    sandboxLimits: readSandboxLimits(root),
    ...readApprovalPolicy(root),
    openaiBaseUrl: root.string('openai_base_url', 'https://proxy.example.com/v1'),
    ossProvider: root.oneOf('oss_provider', ['ollama', 'lmstudio'] as const),
    projectDocFallbackFilenames: readFallbackFilenames(root),
    shellEnvironmentPolicy: readShellEnvironmentPolicy(root),
    mcpServers: root
      .tables('mcp_servers', codexOnlyIn(['env_vars', 'env_http_headers']))
      .map(([id, table]) => readMcpServer(id, table)),
    projectDocMaxBytes:
      root.integer('project_doc_max_bytes', DEFAULT_PROJECT_DOC_MAX_BYTES) ?? DEFAULT_PROJECT_DOC_MAX_BYTES,
    rules: root.arrayOfTables('rules').map(readRule),
    github: readGithub(root),
    pricing: Object.fromEntries(
      root.tables('pricing').map(([model, table]) => [model, readPrice(table, model)]),
    ),
  }
  root.finish()
  if (config.granularApproval) {
    const { rules, mcpElicitations, skillApproval, requestPermissions } = config.granularApproval
    if (!rules || mcpElicitations || skillApproval || requestPermissions)
      ctx.warn(
        `approval_policy.granular: only sandbox_approval is acted on here (${config.approvalPolicy}); rules, mcp_elicitations, skill_approval and request_permissions are Codex settings this action does not use`,
      )
  }
  return config
}
