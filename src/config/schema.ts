// Validation of the merged raw TOML table (file → profile → overrides) into typed pieces. Wrong
// types and bad enum values are collected and reported together; unknown keys become warnings.
import { SANDBOX_MODES } from './types.js'
import { BUILT_IN_PROVIDER_IDS, isCodexOnlyProviderKey, readProviderEntry } from './providers.js'
import type { ProviderEntry } from './providers.js'
import { readApprovalPolicy, readContextWindow, readFallbackFilenames } from './codex-values.js'
import { codexOnlyIn, codexOnlyTopLevel } from './codex-only.js'
import {
  readRule,
  readSandboxLimits,
  readSandboxWorkspaceWrite,
  readShellEnvironmentPolicy,
} from './command-tables.js'
import type { SandboxWorkspaceWrite } from './command-tables.js'
import { readMcpServer } from './mcp-servers.js'
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
export const DEFAULT_PROJECT_DOC_MAX_BYTES = 32_768
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
  sandboxWorkspaceWrite: SandboxWorkspaceWrite
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
