import { describe, expect, it } from 'vitest'
import { overridesFromInputs } from '../../src/action/input-overrides.js'
import { loadConfig } from '../../src/config/load.js'

const NONE = {
  model: undefined,
  provider: undefined,
  baseUrl: undefined,
  wireApi: undefined,
  sandbox: 'workspace-write',
  networkAccess: false,
} as const

const GLM = `model_provider = "glm"
model = "glm-4.6"
[model_providers.glm]
name = "zai"
base_url = "https://open.bigmodel.cn/api/coding/paas/v4"
env_key = "GLM_API_KEY"
`

describe('action inputs over the config file', () => {
  it('leaves the file in charge of the model when no model input is set', async () => {
    const config = await loadConfig({
      source: { text: GLM },
      label: '.codex/config.toml',
      overrides: overridesFromInputs(NONE),
      env: {},
    })
    expect(config.model).toBe('glm-4.6')
    expect(config.provider.baseUrl).toBe('https://open.bigmodel.cn/api/coding/paas/v4')
    expect(config.sandboxMode).toBe('workspace-write')
  })

  it('lets the model input win over the file', async () => {
    const config = await loadConfig({
      source: { text: GLM },
      overrides: overridesFromInputs({ ...NONE, model: 'glm-4.5' }),
      env: {},
    })
    expect(config.model).toBe('glm-4.5')
  })

  it('turns a lone base-url into an ad-hoc chat provider with no key variable', async () => {
    const config = await loadConfig({
      overrides: overridesFromInputs({ ...NONE, baseUrl: 'http://localhost:11434/v1', model: 'qwen3-coder' }),
      env: {},
    })
    expect(config.provider).toMatchObject({
      id: 'action',
      baseUrl: 'http://localhost:11434/v1',
      wireApi: 'chat',
      envKey: undefined,
    })
  })

  it('applies base-url and wire-api to a named provider', async () => {
    const config = await loadConfig({
      source: { text: GLM },
      overrides: overridesFromInputs({
        ...NONE,
        provider: 'glm',
        baseUrl: 'https://proxy.example/v4',
        wireApi: 'responses',
      }),
      env: {},
    })
    expect(config.provider).toMatchObject({
      id: 'glm',
      baseUrl: 'https://proxy.example/v4',
      wireApi: 'responses',
      envKey: 'GLM_API_KEY',
    })
  })

  it('carries sandbox and network inputs', async () => {
    const config = await loadConfig({
      overrides: overridesFromInputs({ ...NONE, sandbox: 'read-only', networkAccess: true }),
      env: {},
    })
    expect(config.sandboxMode).toBe('read-only')
    expect(config.sandboxWorkspaceWrite.networkAccess).toBe(true)
  })
})
