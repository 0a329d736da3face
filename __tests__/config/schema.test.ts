import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../src/config/index.js'

const FILE = '.codex/config.toml'

async function load(text: string) {
  return loadConfig({ source: { text }, label: FILE, env: {} })
}

async function errorOf(text: string): Promise<ConfigError> {
  const error = await load(text).then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('errors name the file, the key and the fix', () => {
  it('TOML syntax error: line and column, the key on that line, the code excerpt', async () => {
    const error = await errorOf('model = "glm-4.6"\nbase_url = https://open.bigmodel.cn\n')
    expect(error.label).toBe(FILE)
    expect(error.key).toBe('base_url')
    expect(error.message).toContain(`${FILE}: invalid TOML at line 2, column 12 (key 'base_url')`)
    expect(error.fix).toContain('base_url = "…"')
    expect(error.message).toContain('2:  base_url = https://open.bigmodel.cn')
  })

  it('a key defined twice says to merge the duplicates', async () => {
    const error = await errorOf('model = "a"\nmodel = "b"\n')
    expect(error.message).toContain('line 2, column 1')
    expect(error.fix).toContain('only once')
  })

  it('wrong type: the exact message users see', async () => {
    const error = await errorOf('[model_providers.glm]\nbase_url = 5\n')
    expect(error.message).toBe(
      `${FILE}: model_providers.glm.base_url must be a string (got integer 5). Fix: quote it, e.g. base_url = "https://…"`,
    )
    expect(error.key).toBe('model_providers.glm.base_url')
  })

  it('wrong types across sections', async () => {
    const cases: [string, string, RegExp][] = [
      [
        '[sandbox_workspace_write]\nnetwork_access = "yes"',
        'sandbox_workspace_write.network_access',
        /true or false/,
      ],
      ['project_doc_max_bytes = -1', 'project_doc_max_bytes', /whole number/],
      ['model_context_window = 1.5', 'model_context_window', /whole number \(0 or more\)/],
      ['[shell_environment_policy]\nset = { CI = 1 }', 'shell_environment_policy.set.CI', /must be a string/],
      [
        '[shell_environment_policy]\nexclude = "AWS_*"',
        'shell_environment_policy.exclude',
        /array of strings/,
      ],
      ['sandbox_workspace_write = 1', 'sandbox_workspace_write', /must be a table/],
      [
        '[model_providers.x]\nrequest_max_retries = "4"',
        'model_providers.x.request_max_retries',
        /whole number/,
      ],
      [
        '[mcp_servers.docs]\ncommand = "x"\ntool_timeout_sec = 0',
        'mcp_servers.docs.tool_timeout_sec',
        /greater than 0/,
      ],
      ['rules = { prefix = ["a"] }', 'rules', /array of tables/],
      ['[[rules]]\nprefix = "git"\ndecision = "allow"', 'rules[0].prefix', /array of strings/],
    ]
    for (const [text, key, problem] of cases) {
      const error = await errorOf(text)
      expect(error.key, text).toBe(key)
      expect(error.message, text).toMatch(problem)
      expect(error.message.startsWith(`${FILE}: ${key} `), text).toBe(true)
      expect(error.fix, text).not.toBe('')
    }
  })

  it('bad enum values list the allowed values', async () => {
    const cases: [string, string, string][] = [
      ['sandbox_mode = "full"', 'sandbox_mode', '"read-only", "workspace-write", "danger-full-access"'],
      ['approval_policy = "always"', 'approval_policy', '"never", "on-request", "on-failure", "untrusted"'],
      [
        'model_reasoning_effort = "max"',
        'model_reasoning_effort',
        '"none", "minimal", "low", "medium", "high", "xhigh"',
      ],
      ['[model_providers.x]\nwire_api = "completions"', 'model_providers.x.wire_api', '"chat", "responses"'],
      [
        '[shell_environment_policy]\ninherit = "some"',
        'shell_environment_policy.inherit',
        '"all", "core", "none"',
      ],
      [
        '[[rules]]\nprefix = ["rm"]\ndecision = "deny"',
        'rules[0].decision',
        '"allow", "forbidden", "escalate"',
      ],
    ]
    for (const [text, key, allowed] of cases) {
      const error = await errorOf(text)
      expect(error.key, text).toBe(key)
      expect(error.message, text).toContain(`must be one of ${allowed}`)
      expect(error.fix, text).toContain('use one of them')
    }
  })

  it('unknown provider id lists the defined ids', async () => {
    const error = await errorOf('model_provider = "glm"\n[model_providers.zai]\nbase_url = "https://x/v1"\n')
    expect(error.key).toBe('model_provider')
    expect(error.message).toContain(`${FILE}: model_provider = "glm" names no provider`)
    expect(error.message).toContain('openai, oss, ollama, lmstudio, zai')
    expect(error.fix).toContain('[model_providers.glm]')
  })

  it('a selected custom provider needs an http(s) base_url', async () => {
    const missing = await errorOf('model_provider = "x"\n[model_providers.x]\nenv_key = "X_KEY"\n')
    expect(missing.key).toBe('model_providers.x.base_url')
    expect(missing.message).toContain('is missing')
    expect(missing.fix).toContain('base_url = "https://')
    const relative = await errorOf('model_provider = "x"\n[model_providers.x]\nbase_url = "api.x.com/v1"\n')
    expect(relative.message).toContain('must be an http(s) URL')
  })
})

describe('[github]', () => {
  it('defaults to no workflow changes and no assignee trigger', async () => {
    expect((await load('model = "x"\n')).github).toEqual({ allowWorkflowChanges: false, assignee: undefined })
  })

  it('a value of the wrong type is an error naming the key and the fix', async () => {
    await expect(load('[github]\nallow_workflow_changes = "yes"\n')).rejects.toThrow(
      /github\.allow_workflow_changes.* must be true or false/,
    )
  })
})

describe('warnings', () => {
  it('an unknown key is a warning with its full dotted path, never an error', async () => {
    const config = await load(
      'modle = "x"\n[model_providers.glm]\nbase_url = "https://x/v1"\nbaseurl = "y"\n',
    )
    expect(config.warnings).toEqual([
      `unknown key 'model_providers.glm.baseurl' in ${FILE} (ignored)`,
      `unknown key 'modle' in ${FILE} (ignored)`,
    ])
  })

  it('a Codex setting this action does not use is a softer warning', async () => {
    const text = `model_max_output_tokens = 100
hide_agent_reasoning = true
experimental_use_exec_command_tool = true
[tui]
notifications = true
[features]
web_search_request = true
[model_providers.x]
base_url = "https://x/v1"
stream_max_retries = 10
[sandbox_workspace_write]
exclude_slash_tmp = true
`
    const config = await load(text)
    expect(config.warnings).toHaveLength(7)
    for (const key of [
      'model_max_output_tokens',
      'tui',
      'features',
      'model_providers.x.stream_max_retries',
      'sandbox_workspace_write.exclude_slash_tmp',
    ]) {
      expect(config.warnings).toContain(
        `'${key}' in ${FILE} is a Codex setting this action does not use (ignored)`,
      )
    }
  })

  it('reads model_reasoning_summary and model_verbosity, and names a wrong value', async () => {
    const config = await load('model_reasoning_summary = "detailed"\nmodel_verbosity = "high"\n')
    expect(config.warnings).toEqual([])
    expect(config.modelReasoningSummary).toBe('detailed')
    expect(config.modelVerbosity).toBe('high')
    await expect(load('model_verbosity = "loud"\n')).rejects.toThrow(/model_verbosity/)
  })

  it('names quoted keys the way TOML spells them', async () => {
    const config = await load('[model_providers."my.provider"]\nbase_url = "https://x/v1"\ncolour = 1\n')
    expect(config.warnings).toEqual([
      `unknown key 'model_providers."my.provider".colour' in ${FILE} (ignored)`,
    ])
  })
})

describe('sections', () => {
  it('mcp_servers: defaults for a stdio server, and HTTP servers', async () => {
    const config = await load(`[mcp_servers.docs]
command = "npx"
args = ["-y", "docs-mcp"]
[mcp_servers.figma]
url = "https://mcp.figma.com/mcp"
bearer_token_env_var = "FIGMA_TOKEN"
enabled_tools = ["get_file"]
startup_timeout_sec = 5
tool_timeout_sec = 2.5
required = true
`)
    expect(config.mcpServers).toEqual([
      {
        id: 'docs',
        command: 'npx',
        args: ['-y', 'docs-mcp'],
        env: {},
        cwd: undefined,
        url: undefined,
        bearerTokenEnvVar: undefined,
        httpHeaders: {},
        enabled: true,
        required: false,
        enabledTools: undefined,
        disabledTools: [],
        startupTimeoutSec: 30,
        toolTimeoutSec: 120,
      },
      expect.objectContaining({
        id: 'figma',
        url: 'https://mcp.figma.com/mcp',
        bearerTokenEnvVar: 'FIGMA_TOKEN',
        enabledTools: ['get_file'],
        startupTimeoutSec: 5,
        toolTimeoutSec: 2.5,
        required: true,
      }),
    ])
  })

  it('mcp_servers: needs exactly one of command and url, and a name-safe id', async () => {
    expect((await errorOf('[mcp_servers.x]\nargs = []')).message).toContain('neither command')
    expect((await errorOf('[mcp_servers.x]\ncommand = "a"\nurl = "https://x"')).message).toContain(
      'both command and url',
    )
    const badId = await errorOf('[mcp_servers."my server"]\ncommand = "a"')
    expect(badId.key).toBe('mcp_servers."my server"')
  })

  it('rules: prefix and decision are validated and kept in order', async () => {
    const config = await load(`[[rules]]
prefix = ["git", "push"]
decision = "forbidden"
justification = "the harness pushes"
[[rules]]
prefix = ["npm", "install"]
decision = "allow"
network = true
writable = ["~/.npm"]
`)
    expect(config.rules).toEqual([
      {
        prefix: ['git', 'push'],
        decision: 'forbidden',
        justification: 'the harness pushes',
        network: undefined,
        writable: undefined,
      },
      {
        prefix: ['npm', 'install'],
        decision: 'allow',
        justification: undefined,
        network: true,
        writable: ['~/.npm'],
      },
    ])
    expect((await errorOf('[[rules]]\ndecision = "allow"')).key).toBe('rules[0].prefix')
    expect((await errorOf('[[rules]]\nprefix = []\ndecision = "allow"')).message).toContain('is empty')
    expect((await errorOf('[[rules]]\nprefix = ["ls"]')).key).toBe('rules[0].decision')
  })

  it('pricing: USD per million tokens, cached input defaulting to the input price', async () => {
    const config = await load(`[pricing."glm-4.6"]
input = 0.6
cached_input = 0.11
output = 2.2
[pricing.deepseek-chat]
input = 0.28
output = 0.42
`)
    expect(config.pricing).toEqual({
      'glm-4.6': { input: 0.6, cachedInput: 0.11, output: 2.2 },
      'deepseek-chat': { input: 0.28, cachedInput: 0.28, output: 0.42 },
    })
    const missing = await errorOf('[pricing.x]\ninput = 1')
    expect(missing.key).toBe('pricing.x.output')
  })

  it('pricing: an unquoted model id with a dot is refused with the quoted form to write', async () => {
    const error = await errorOf('[pricing.glm-4.6]\ninput = 0.6\noutput = 2.2')
    expect(error.message).toContain('[pricing.glm-4.6] is read by TOML as [pricing.glm-4]')
    expect(error.message).toContain('[pricing."glm-4.6"]')
  })

  it('requests_per_minute caps a provider, and must be a positive integer', async () => {
    const config = await load(`model_provider = "ms"
[model_providers.ms]
base_url = "https://api-inference.modelscope.cn/v1"
requests_per_minute = 10
`)
    expect(config.provider.requestsPerMinute).toBe(10)
    const error = await errorOf('[model_providers.ms]\nbase_url = "https://x/v1"\nrequests_per_minute = 0')
    expect(error.key).toBe('model_providers.ms.requests_per_minute')
  })

  it('shell_environment_policy is parsed in full', async () => {
    const config = await load(`[shell_environment_policy]
inherit = "core"
ignore_default_excludes = true
exclude = ["AWS_*"]
set = { CI = "1" }
include_only = ["PATH", "HOME"]
`)
    expect(config.shellEnvironmentPolicy).toEqual({
      inherit: 'core',
      ignoreDefaultExcludes: true,
      exclude: ['AWS_*'],
      set: { CI: '1' },
      includeOnly: ['PATH', 'HOME'],
    })
  })

  it('sandbox, approval, provider tuning and [github] are read', async () => {
    const config = await load(`sandbox_mode = "workspace-write"
approval_policy = "on-request"
model_context_window = 128000
model_provider = "x"
[sandbox_workspace_write]
network_access = true
writable_roots = ["../shared", "/opt/cache"]
[model_providers.x]
base_url = "https://x/v1"
http_headers = { "X-Team" = "core" }
env_http_headers = { "X-Org" = "X_ORG", "X-Missing" = "NOT_SET" }
request_max_retries = 1000
stream_idle_timeout_ms = 60000
[github]
allow_workflow_changes = true
assignee = "codex-bot"
trigger_phrase = "@bot"
`)
    expect(config.sandboxMode).toBe('workspace-write')
    expect(config.approvalPolicy).toBe('on-request')
    expect(config.modelContextWindow).toBe(128_000)
    // Kept as written; the sandbox resolves relative roots against the workspace.
    expect(config.sandboxWorkspaceWrite).toEqual({
      networkAccess: true,
      writableRoots: ['../shared', '/opt/cache'],
    })
    expect(config.provider.httpHeaders).toEqual({ 'X-Team': 'core' })
    expect(config.provider.requestMaxRetries).toBe(100)
    expect(config.provider.streamIdleTimeoutMs).toBe(60_000)
    expect(config.github).toEqual({ allowWorkflowChanges: true, assignee: 'codex-bot' })
    // `[github]` is typed: a key it does not have is a typo the user hears about.
    expect(config.warnings).toContain(`unknown key 'github.trigger_phrase' in ${FILE} (ignored)`)
    const withEnv = await loadConfig({
      label: FILE,
      source: {
        text: 'model_provider = "x"\n[model_providers.x]\nbase_url = "https://x/v1"\nenv_http_headers = { "X-Org" = "X_ORG", "X-Missing" = "NOT_SET" }',
      },
      env: { X_ORG: 'acme' },
    })
    expect(withEnv.provider.envHttpHeaders).toEqual({ 'X-Org': 'X_ORG' })
  })
})
