import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, resolveApiKey } from '../../src/config/index.js'

// The two configs from the issue, verbatim: what people paste from the GLM and ModelScope guides.
const GLM_CONFIG = `model_provider = "glm"
model = "glm-4.6"
[model_providers.glm]
name = "zai"
base_url = "https://open.bigmodel.cn/api/coding/paas/v4"
env_key = "GLM_API_KEY"
`
const MODELSCOPE_CONFIG = `model_provider = "modelscope"
model = "ZhipuAI/GLM-4.6"
[model_providers.modelscope]
name = "modelscope"
base_url = "https://api-inference.modelscope.cn/v1"
env_key = "MODELSCOPE_API_KEY"
`

let dir: string
let file: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'config-load-'))
  await mkdir(path.join(dir, '.codex'))
  file = path.join(dir, '.codex', 'config.toml')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('the configs people paste', () => {
  it('GLM on bigmodel.cn loads from a real file and speaks chat with GLM_API_KEY', async () => {
    await writeFile(file, GLM_CONFIG)
    const config = await loadConfig({ source: { path: file }, env: {} })
    expect(config.label).toBe(file)
    expect(config.model).toBe('glm-4.6')
    expect(config.provider).toMatchObject({
      id: 'glm',
      name: 'zai',
      baseUrl: 'https://open.bigmodel.cn/api/coding/paas/v4',
      envKey: 'GLM_API_KEY',
      wireApi: 'chat',
      requestMaxRetries: 4,
      streamIdleTimeoutMs: 300_000,
    })
    expect(config.warnings).toEqual([])
    expect(resolveApiKey(config, { GLM_API_KEY: 'glm-secret' })).toBe('glm-secret')
  })

  it('ModelScope loads and speaks chat with MODELSCOPE_API_KEY', async () => {
    await writeFile(file, MODELSCOPE_CONFIG)
    const config = await loadConfig({ source: { path: file }, env: {} })
    expect(config.model).toBe('ZhipuAI/GLM-4.6')
    expect(config.provider).toMatchObject({
      id: 'modelscope',
      baseUrl: 'https://api-inference.modelscope.cn/v1',
      envKey: 'MODELSCOPE_API_KEY',
      wireApi: 'chat',
    })
    expect(config.warnings).toEqual([])
    expect(resolveApiKey(config, { MODELSCOPE_API_KEY: 'ms-secret' })).toBe('ms-secret')
  })

  it('a custom provider that says wire_api = "responses" keeps it', async () => {
    const text = GLM_CONFIG + 'wire_api = "responses"\nquery_params = { api-version = "2025-04-01" }\n'
    const config = await loadConfig({ source: { text }, label: file, env: {} })
    expect(config.provider.wireApi).toBe('responses')
    expect(config.provider.queryParams).toEqual({ 'api-version': '2025-04-01' })
  })
})

describe('defaults and built-in providers', () => {
  it('no file: Codex defaults, openai over responses with OPENAI_API_KEY', async () => {
    const config = await loadConfig({ source: { path: file }, env: {} })
    expect(config.label).toBeUndefined()
    expect(config.model).toBe('gpt-5-codex')
    expect(config.provider).toMatchObject({
      id: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      envKey: 'OPENAI_API_KEY',
      wireApi: 'responses',
    })
    expect(config.sandboxMode).toBe('read-only')
    expect(config.approvalPolicy).toBe('never')
    expect(config.projectDocMaxBytes).toBe(32_768)
    expect(config.shellEnvironmentPolicy).toEqual({
      inherit: undefined,
      ignoreDefaultExcludes: false,
      exclude: [],
      set: {},
      includeOnly: [],
    })
    expect(config.sandboxWorkspaceWrite).toEqual({ networkAccess: false, writableRoots: [] })
    expect(config.mcpServers).toEqual([])
    expect(config.rules).toEqual([])
  })

  it('openai reads OPENAI_BASE_URL and sends organization/project headers only when set', async () => {
    const env = { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_PROJECT: 'proj_1' }
    const config = await loadConfig({ env })
    expect(config.provider.baseUrl).toBe('http://127.0.0.1:9/v1')
    expect(config.provider.envHttpHeaders).toEqual({ 'OpenAI-Project': 'OPENAI_PROJECT' })
  })

  it('oss and ollama are keyless chat providers on localhost, moved by CODEX_OSS_PORT / CODEX_OSS_BASE_URL', async () => {
    const ollama = await loadConfig({
      source: { text: 'model_provider = "ollama"\nmodel = "qwen3"' },
      env: {},
    })
    expect(ollama.provider).toMatchObject({
      baseUrl: 'http://localhost:11434/v1',
      wireApi: 'chat',
      envKey: undefined,
    })
    expect(resolveApiKey(ollama, {})).toBeUndefined()
    const moved = await loadConfig({
      source: { text: 'model_provider = "oss"' },
      env: { CODEX_OSS_PORT: '8080' },
    })
    expect(moved.provider.baseUrl).toBe('http://localhost:8080/v1')
    const remote = await loadConfig({
      source: { text: 'model_provider = "oss"' },
      env: { CODEX_OSS_BASE_URL: 'http://gpu:1/v1' },
    })
    expect(remote.provider.baseUrl).toBe('http://gpu:1/v1')
  })

  it('a user [model_providers.openai] is ignored with a warning, as Codex does', async () => {
    const text =
      'model_provider = "openai"\n[model_providers.openai]\nbase_url = "https://proxy.example/v1"\nwire_api = "chat"\n'
    const config = await loadConfig({ source: { text }, label: file, env: {} })
    expect(config.provider).toMatchObject({ baseUrl: 'https://api.openai.com/v1', wireApi: 'responses' })
    expect(config.warnings).toHaveLength(1)
    expect(config.warnings[0]).toContain('[model_providers.openai]')
    expect(config.warnings[0]).toContain(file)
    expect(config.warnings[0]).toContain('OPENAI_BASE_URL')
  })

  it('warns when a custom provider would be asked for the default OpenAI model', async () => {
    const text = GLM_CONFIG.replace('model = "glm-4.6"\n', '')
    const config = await loadConfig({ source: { text }, label: file, env: {} })
    expect(config.model).toBe('gpt-5-codex')
    expect(config.warnings.join('\n')).toMatch(/model is not set.*Fix: set model/)
  })
})

describe('files and labels', () => {
  it('a required file that is missing stops with the path and a fix', async () => {
    const error = await errorOf(loadConfig({ source: { path: file, required: true }, env: {} }))
    expect(error.label).toBe(file)
    expect(error.message).toContain(file)
    expect(error.message).toContain('does not exist')
    expect(error.fix).toMatch(/create it/)
  })

  it('text read from the base branch is named by its label, with the commit, in errors', async () => {
    const label = '.codex/config.toml at 0123abc'
    const error = await errorOf(loadConfig({ source: { text: 'sandbox_mode = 1' }, label, env: {} }))
    expect(error.label).toBe(label)
    expect(error.message.startsWith(`${label}: sandbox_mode must be one of`)).toBe(true)
    const syntax = await errorOf(loadConfig({ source: { text: 'model = glm' }, label, env: {} }))
    expect(syntax.message.startsWith(`${label}: invalid TOML at line 1`)).toBe(true)
  })

  it('text read from the base branch is named by its label in warnings', async () => {
    const label = '.codex/config.toml at 0123abc'
    const config = await loadConfig({ source: { text: 'modle = "x"' }, label, env: {} })
    expect(config.label).toBe(label)
    expect(config.warnings).toContain(`unknown key 'modle' in ${label} (ignored)`)
  })

  it('a local file is named by its path in errors and warnings', async () => {
    await writeFile(file, 'modle = "x"\nsandbox_mode = 1\n')
    const error = await errorOf(loadConfig({ source: { path: file }, env: {} }))
    expect(error.message.startsWith(`${file}: sandbox_mode must be one of`)).toBe(true)
    await writeFile(file, 'modle = "x"\n')
    const config = await loadConfig({ source: { path: file }, env: {} })
    expect(config.warnings).toContain(`unknown key 'modle' in ${file} (ignored)`)
  })

  it('a file read under another label is named by the label, even when it is missing', async () => {
    const label = "the checkout's .codex/config.toml"
    const missing = await errorOf(loadConfig({ source: { path: file, required: true }, label, env: {} }))
    expect(missing.message.startsWith(`${label}: the config file does not exist`)).toBe(true)
    await writeFile(file, 'sandbox_mode = 1\n')
    const error = await errorOf(loadConfig({ source: { path: file }, label, env: {} }))
    expect(error.message.startsWith(`${label}: sandbox_mode must be one of`)).toBe(true)
  })
})

describe('profiles', () => {
  const text = `model = "glm-4.6"
model_provider = "glm"
approval_policy = "untrusted"
profile = "deep"
[model_providers.glm]
base_url = "https://open.bigmodel.cn/api/coding/paas/v4"
env_key = "GLM_API_KEY"
[sandbox_workspace_write]
network_access = false
writable_roots = ["/opt/cache"]
[profiles.deep]
model_reasoning_effort = "high"
sandbox_mode = "workspace-write"
[profiles.deep.sandbox_workspace_write]
network_access = true
[profiles.local]
model_provider = "ollama"
model = "qwen3-coder"
`
  it('the top-level profile is applied over the file, merging tables', async () => {
    const config = await loadConfig({ source: { text }, label: file, env: {} })
    expect(config.profile).toBe('deep')
    expect(config.modelReasoningEffort).toBe('high')
    expect(config.sandboxMode).toBe('workspace-write')
    expect(config.sandboxWorkspaceWrite).toEqual({ networkAccess: true, writableRoots: ['/opt/cache'] })
    expect(config.approvalPolicy).toBe('untrusted')
    expect(config.provider.id).toBe('glm')
  })

  it('--profile wins over the top-level profile', async () => {
    const config = await loadConfig({ source: { text }, label: file, profile: 'local', env: {} })
    expect(config.profile).toBe('local')
    expect(config.provider.id).toBe('ollama')
    expect(config.model).toBe('qwen3-coder')
    expect(config.sandboxMode).toBe('read-only')
  })

  it('-c profile=… selects a profile too', async () => {
    const config = await loadConfig({ source: { text }, label: file, overrides: ['profile=local'], env: {} })
    expect(config.profile).toBe('local')
  })

  it('an unknown profile stops, listing the defined ones', async () => {
    const error = await errorOf(loadConfig({ source: { text }, label: file, profile: 'fast', env: {} }))
    expect(error.message).toContain(file)
    expect(error.key).toBe('profile')
    expect(error.message).toContain('"fast" is not defined')
    expect(error.message).toContain('deep, local')
    expect(error.fix).toContain('[profiles.fast]')
  })

  it('an error inside a profile names the profile key', async () => {
    const bad = text.replace('model_reasoning_effort = "high"', 'model_reasoning_effort = "max"')
    const error = await errorOf(loadConfig({ source: { text: bad }, label: file, env: {} }))
    expect(error.key).toBe('profiles.deep.model_reasoning_effort')
    expect(error.message).toContain('"minimal", "low", "medium", "high"')
  })
})

describe('-c overrides', () => {
  it('apply after the profile and are validated like the file', async () => {
    const config = await loadConfig({
      source: { text: GLM_CONFIG },
      overrides: [
        'model=glm-4.5',
        'sandbox_workspace_write.network_access=true',
        'shell_environment_policy.exclude=["A*"]',
        'model_providers.glm.query_params={api-version="2025-04-01"}',
        'project_doc_max_bytes=65536',
      ],
      env: {},
    })
    expect(config.model).toBe('glm-4.5')
    expect(config.sandboxWorkspaceWrite.networkAccess).toBe(true)
    expect(config.shellEnvironmentPolicy.exclude).toEqual(['A*'])
    expect(config.provider.queryParams).toEqual({ 'api-version': '2025-04-01' })
    expect(config.projectDocMaxBytes).toBe(65_536)
  })

  it('a bad override value names the override, the key and the fix', async () => {
    const error = await errorOf(
      loadConfig({ source: { text: GLM_CONFIG }, label: file, overrides: ['sandbox_mode=bogus'], env: {} }),
    )
    expect(error.message).toContain(`${file} (with -c sandbox_mode=bogus)`)
    expect(error.key).toBe('sandbox_mode')
    expect(error.fix).toContain('sandbox_mode = "read-only"')
  })

  it('an override can select a provider defined only by overrides', async () => {
    const config = await loadConfig({
      overrides: [
        'model_provider=ds',
        'model_providers.ds.base_url="https://api.deepseek.com/v1"',
        'model=deepseek-chat',
      ],
      env: {},
    })
    expect(config.provider).toMatchObject({
      id: 'ds',
      baseUrl: 'https://api.deepseek.com/v1',
      wireApi: 'chat',
    })
  })
})

describe('resolveApiKey', () => {
  it('an explicit key wins over the variable', async () => {
    const config = await loadConfig({ source: { text: GLM_CONFIG }, env: {} })
    expect(resolveApiKey(config, { GLM_API_KEY: 'from-env' }, 'explicit')).toBe('explicit')
  })

  it('a missing or empty key variable stops with the variable to export', async () => {
    const config = await loadConfig({ source: { text: GLM_CONFIG }, label: file, env: {} })
    for (const env of [{}, { GLM_API_KEY: '  ' }]) {
      const error = (() => {
        try {
          resolveApiKey(config, env)
        } catch (caught) {
          return caught
        }
        return undefined
      })()
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).message).toBe(
        `${file}: model_providers.glm.env_key names GLM_API_KEY, which is not set. Fix: export GLM_API_KEY=… (or pass api-key)`,
      )
    }
  })

  it('the default openai provider needs OPENAI_API_KEY', async () => {
    const config = await loadConfig({ env: {} })
    expect(() => resolveApiKey(config, {})).toThrow(
      /OPENAI_API_KEY, which is not set\. Fix: export OPENAI_API_KEY=/,
    )
    expect(resolveApiKey(config, { OPENAI_API_KEY: 'sk-x' })).toBe('sk-x')
  })
})
