// Keys Codex reads and this action does not: read as known (so they are not "unknown key" typos)
// and left alone. A table's own list, plus any `experimental_` key, for the tables that have some.

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

export const codexOnlyTopLevel = (key: string): boolean =>
  CODEX_ONLY_TOP_LEVEL.has(key) || key.startsWith('experimental_') || key.startsWith('include_')

/** For a table whose Codex-only keys are `keys` (and any `experimental_` key). */
export const codexOnlyIn =
  (keys: readonly string[]) =>
  (key: string): boolean =>
    keys.includes(key) || key.startsWith('experimental_')
