// The resolved configuration: Codex's config.toml keys after profiles, `-c` overrides
// and defaults are applied. Everything downstream reads this shape, never raw TOML.
import type { WireApi } from '../model/types.js'
import type { SandboxMode, ShellEnvironmentPolicy } from '../sandbox/types.js'

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

export interface ModelPrice {
  /** USD per million tokens. */
  input: number
  cachedInput: number
  output: number
}

export interface ResolvedConfig {
  /** The file that was read, or undefined when none exists (defaults only). */
  file: string | undefined
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
  /** Action-only settings from `[github]`, kept raw until the GitHub front end reads them. */
  github: Record<string, unknown>
  pricing: Record<string, ModelPrice>
  /** Non-fatal problems (unknown keys), one line each, naming the key. */
  warnings: string[]
}

export interface SandboxLimitsConfig {
  maxProcesses: number
  tmpSizeMb: number
}
