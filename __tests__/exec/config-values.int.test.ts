// config.toml values Codex accepts, through `node dist/cli.js exec`: what reaches the model, and
// what the user reads on stderr when a key is unknown, unused, or wrong.
import { afterEach, describe, expect, it } from 'vitest'
import { bodies, configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

let world: ConfigWorld | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})

describe('values Codex accepts', () => {
  it('model_reasoning_effort "xhigh" and "none" are sent as reasoning.effort', async () => {
    world = await configWorld()
    const model = await world.model()
    const provider = providerToml('p', model).replace('wire_api = "chat"', 'wire_api = "responses"')
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "gpt-5.5"\nmodel_reasoning_effort = "xhigh"\n${provider}`,
    )
    expect((await world.exec(['Task.'])).code).toBe(0)
    expect((await world.exec(['-c', 'model_reasoning_effort="none"', 'Task.'])).code).toBe(0)
    const efforts = model.requests.map((request) => (request.body['reasoning'] as { effort?: string }).effort)
    expect(efforts).toEqual(['xhigh', 'none'])
  })

  it('model_context_window = 0 (as codex-cli-linker writes it) reads as unknown', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\nmodel_context_window = 0\n${providerToml('p', model)}`,
    )
    const run = await world.exec(['Task.'])
    expect(run.stderr).not.toContain('model_context_window')
    expect(run.code).toBe(0)
  })

  it('a granular approval_policy table is accepted: sandbox_approval decides whether commands may ask', async () => {
    world = await configWorld()
    const model = await world.model()
    const granular = (sandbox: boolean) =>
      `approval_policy = { granular = { sandbox_approval = ${sandbox}, rules = true, mcp_elicitations = false } }\n`
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\n${granular(true)}${providerToml('p', model)}`,
    )
    const asks = await world.exec(['Task.'])
    expect(asks.code).toBe(0)
    expect(bodies(model)).toContain('<approval_policy>on-request</approval_policy>')
    expect(asks.stderr).not.toContain('approval_policy')

    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\n${granular(false).replace('rules = true', 'rules = false')}${providerToml('p', model)}`,
    )
    const refuses = await world.exec(['Task.'])
    expect(refuses.code).toBe(0)
    expect(JSON.stringify(model.requests[1]?.body)).toContain('<approval_policy>never</approval_policy>')
    expect(refuses.stderr).toContain(
      'approval_policy.granular: only sandbox_approval is acted on here (never)',
    )
  })
})

describe('warnings and errors', () => {
  it('an unknown key warns; a Codex key this tool does not act on warns once, saying so', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\nmodle = "x"\nfile_opener = "vscode"\n${providerToml('p', model)}[projects.${JSON.stringify(world.repo.dir)}]\ntrust_level = "trusted"\n`,
    )
    await world.write('repo:.codex/config.toml', 'file_opener = "cursor"\n')
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("warning: unknown key 'modle' in")
    const unused = run.stderr.split('\n').filter((line) => line.includes("'file_opener'"))
    expect(unused).toEqual([
      `warning: 'file_opener' in ${world.repo.dir}/.codex/config.toml is a Codex setting this action does not use (ignored)`,
    ])
  })

  it('every wrong value of a file is reported at once', async () => {
    world = await configWorld()
    await world.write(
      'config.toml',
      'model_provider = 5\nsandbox_mode = "full"\nmodel_verbosity = 3\n[model_providers.x]\nbase_url = "https://x"\nrequest_max_retries = "4"\n',
    )
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('4 problems in the config')
    for (const key of [
      'model_provider must be a string',
      'sandbox_mode must be one of',
      'model_verbosity must be one of',
      'model_providers.x.request_max_retries must be a whole number',
    ])
      expect(run.stderr).toContain(key)
  })

  it('--strict-config makes an unknown key an error, and leaves Codex keys alone', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\nnotify = ["say"]\n${providerToml('p', model)}`,
    )
    expect((await world.exec(['--strict-config', 'Task.'])).code).toBe(0)
    const run = await world.exec(['--strict-config', '-c', 'modle="x"', 'Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("unknown key 'modle' (--strict-config)")
    expect(model.requests).toHaveLength(1)
  })
})

describe('--oss', () => {
  it('uses the local provider and its default model, unless -m names one', async () => {
    world = await configWorld()
    const model = await world.model()
    const env = { CODEX_OSS_BASE_URL: model.baseUrl }
    expect((await world.exec(['--oss', '--local-provider', 'ollama', 'Task.'], { env })).code).toBe(0)
    expect((await world.exec(['--oss', '--local-provider', 'lmstudio', 'Task.'], { env })).code).toBe(0)
    expect(
      (await world.exec(['--oss', '--local-provider', 'ollama', '-m', 'qwen3:8b', 'Task.'], { env })).code,
    ).toBe(0)
    await world.write('config.toml', 'oss_provider = "lmstudio"\n')
    expect((await world.exec(['--oss', 'Task.'], { env })).code).toBe(0)
    expect(model.requests.map((request) => request.body['model'])).toEqual([
      'gpt-oss:20b',
      'openai/gpt-oss-20b',
      'qwen3:8b',
      'openai/gpt-oss-20b',
    ])
  })

  it("goes to each server's default port (CODEX_OSS_PORT moves it), and needs a provider", async () => {
    world = await configWorld()
    const lmstudio = await world.exec(['--oss', '--local-provider', 'lmstudio', 'Task.'])
    expect(lmstudio.stderr).toContain(
      'model: openai/gpt-oss-20b (provider lmstudio, chat API, localhost:1234)',
    )
    const ollama = await world.exec(['--oss', '--local-provider', 'ollama', 'Task.'])
    expect(ollama.stderr).toContain('model: gpt-oss:20b (provider ollama, chat API, localhost:11434)')
    const moved = await world.exec(['--oss', '--local-provider', 'ollama', 'Task.'], {
      env: { CODEX_OSS_PORT: '11500' },
    })
    expect(moved.stderr).toContain('model: gpt-oss:20b (provider ollama, chat API, localhost:11500)')
    const none = await world.exec(['--oss', 'Task.'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain(
      '--oss needs a local provider, and none is configured. Fix: pass --local-provider ollama',
    )
  })
})
