// One `[mcp_servers.<id>]` table: a stdio command or a streamable HTTP url (exactly one), the tools
// it may expose, and its timeouts, with Codex's defaults.
import type { TableReader } from './reader.js'
import type { McpServerConfig } from './types.js'

const DEFAULT_MCP_STARTUP_TIMEOUT_SEC = 30
const DEFAULT_MCP_TOOL_TIMEOUT_SEC = 120
/** MCP tools are exposed as `mcp__<server>__<tool>`, so server ids must be name-safe. */
const MCP_SERVER_ID = /^[A-Za-z0-9_-]+$/

export function readMcpServer(id: string, table: TableReader): McpServerConfig {
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
