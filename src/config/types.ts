// The resolved configuration: Codex's config.toml keys after profiles, `-c` overrides
// and defaults are applied. Everything downstream reads this shape, never raw TOML.

/** The model's wire API: OpenAI's Responses API or Chat Completions. */
export type WireApi = 'responses' | 'chat'

export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access'

export const SANDBOX_MODES: readonly SandboxMode[] = ['read-only', 'workspace-write', 'danger-full-access']

/** `runner`: the action's allow-list (sandbox/env.ts), never written in a config. */
export type InheritMode = 'all' | 'core' | 'none' | 'runner'

/** Codex's [shell_environment_policy]. */
export interface ShellEnvironmentPolicy {
  /**
   * Unset: the front end's default (`all` for exec, as Codex; `runner` for the action). A config
   * can say all, core or none; `runner` is set by the action only.
   */
  inherit?: InheritMode | undefined
  /**
   * Codex semantics: false (the default) drops names containing KEY, SECRET, TOKEN, PASSWORD,
   * CREDENTIAL, and GITHUB_TOKEN, ACTIONS_*, INPUT_*; true skips those default excludes.
   */
  ignoreDefaultExcludes: boolean
  /** Glob patterns (case-insensitive) of names to drop. */
  exclude: string[]
  /** Names to set (after filtering). */
  set: Record<string, string>
  /** When non-empty, only names matching one of these globs are kept. */
  includeOnly: string[]
}

/** `model_reasoning_effort`: sent as written (`reasoning.effort`), `none` and `xhigh` included. */
export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh'
/** `model_reasoning_summary`: sent as `reasoning.summary` on the Responses API. */
export type ReasoningSummary = 'auto' | 'concise' | 'detailed' | 'none'
/** `model_verbosity`: sent as `text.verbosity` on the Responses API. */
export type Verbosity = 'low' | 'medium' | 'high'
export type ApprovalPolicy = 'never' | 'on-request' | 'on-failure' | 'untrusted'

export interface ProviderConfig {
  id: string
  name: string
  baseUrl: string
  /** Name of the environment variable holding the API key; undefined for keyless providers (Ollama). */
  envKey: string | undefined
  wireApi: WireApi
  queryParams: Record<string, string>
  httpHeaders: Record<string, string>
  /** Header name → environment variable name; set only when the variable is present. */
  envHttpHeaders: Record<string, string>
  requestMaxRetries: number
  streamIdleTimeoutMs: number
  /** Cap on request starts per minute from this process (`requests_per_minute`); none when unset. */
  requestsPerMinute?: number | undefined
  /** `experimental_bearer_token`: the token written in the config itself. */
  bearerToken?: string | undefined
  /** `requires_openai_auth`: the OpenAI key (CODEX_API_KEY, then OPENAI_API_KEY) when env_key gives none. */
  requiresOpenaiAuth?: boolean | undefined
  /** `[model_providers.<id>.auth]`: a command run (without a shell, outside the sandbox) for the token. */
  auth?: ProviderAuthCommand | undefined
}

export interface ProviderAuthCommand {
  command: string
  args: string[]
  timeoutMs: number
  /** Rerun the command once the token is this old; 0: only after the provider answers 401. */
  refreshIntervalMs: number
  cwd?: string | undefined
}

/** Codex's `approval_policy = { granular = { … } }`: which kinds of approval prompt may be shown. */
export interface GranularApproval {
  sandboxApproval: boolean
  rules: boolean
  skillApproval: boolean
  requestPermissions: boolean
  mcpElicitations: boolean
}

export interface McpServerConfig {
  id: string
  command?: string | undefined
  args: string[]
  env: Record<string, string>
  cwd?: string | undefined
  url?: string | undefined
  bearerTokenEnvVar?: string | undefined
  httpHeaders: Record<string, string>
  enabled: boolean
  required: boolean
  enabledTools?: string[] | undefined
  disabledTools: string[]
  startupTimeoutSec: number
  toolTimeoutSec: number
}

export interface CommandRule {
  prefix: string[]
  decision: 'allow' | 'forbidden' | 'escalate'
  justification?: string | undefined
  network?: boolean | undefined
  writable?: string[] | undefined
}

/** `[github]`: settings only the action reads (exec accepts and ignores them). */
export interface GithubSettings {
  /** `allow_workflow_changes`: commit the agent's edits to `.github/workflows/` (default: left out). */
  allowWorkflowChanges: boolean
  /** `assignee`: assigning an issue to this login starts a run; unset, assigning starts nothing. */
  assignee: string | undefined
}

export interface ModelPrice {
  /** USD per million tokens. */
  input: number
  cachedInput: number
  output: number
}

export interface ResolvedConfig {
  /** How messages name the config that was read (its path, or e.g. `… at <sha>`); undefined when none was (defaults only). */
  label: string | undefined
  profile: string | undefined
  model: string
  provider: ProviderConfig
  modelReasoningEffort: ReasoningEffort | undefined
  modelReasoningSummary: ReasoningSummary | undefined
  modelVerbosity: Verbosity | undefined
  /** Context window in tokens when known or configured (`model_context_window`). */
  modelContextWindow: number | undefined
  sandboxMode: SandboxMode
  sandboxWorkspaceWrite: { networkAccess: boolean; writableRoots: string[] }
  /** `[sandbox_limits]`: per command; 0 means no cap. */
  sandboxLimits: SandboxLimitsConfig
  approvalPolicy: ApprovalPolicy
  shellEnvironmentPolicy: ShellEnvironmentPolicy
  mcpServers: McpServerConfig[]
  projectDocMaxBytes: number
  /** `project_doc_fallback_filenames`: read in a folder when it has no AGENTS.md (e.g. CLAUDE.md). */
  projectDocFallbackFilenames: string[]
  /** `oss_provider`: the local provider `--oss` uses when `--local-provider` is not given. */
  ossProvider: 'ollama' | 'lmstudio' | undefined
  rules: CommandRule[]
  /** Action-only settings from `[github]`. */
  github: GithubSettings
  pricing: Record<string, ModelPrice>
  /** Non-fatal problems (unknown keys), one line each, naming the key. */
  warnings: string[]
}

export interface SandboxLimitsConfig {
  maxProcesses: number
  tmpSizeMb: number
}
