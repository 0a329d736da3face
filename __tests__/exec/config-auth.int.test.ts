// Every way Codex's config authenticates a provider, seen where it matters: the Authorization
// header and the host that the provider's server received.
import { chmod } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

let world: ConfigWorld | undefined
let ownModel: FakeModel | undefined
afterEach(async () => {
  await world?.cleanup()
  await ownModel?.close()
  world = ownModel = undefined
})

function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host
}

describe('provider auth', () => {
  it('openai_base_url sends the built-in provider, with OPENAI_API_KEY, to that host', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write('config.toml', `openai_base_url = "${model.baseUrl}"\nmodel = "gpt-5.5"\n`)
    const run = await world.exec(['Task.'], { env: { OPENAI_API_KEY: 'sk-openai-key' } })
    expect(run.code).toBe(0)
    expect(model.requests).toHaveLength(1)
    expect(model.requests[0]?.path).toBe('/v1/responses')
    expect(model.requests[0]?.headers['host']).toBe(hostOf(model.baseUrl))
    expect(model.requests[0]?.headers['authorization']).toBe('Bearer sk-openai-key')
  })

  it('experimental_bearer_token is sent as the bearer token', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\n${providerToml('p', model, 'experimental_bearer_token = "tok-in-config"')}`,
    )
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(0)
    expect(model.requests[0]?.headers['authorization']).toBe('Bearer tok-in-config')
  })

  it('requires_openai_auth uses CODEX_API_KEY when OPENAI_API_KEY is not set', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\n${providerToml('p', model, 'requires_openai_auth = true')}`,
    )
    const run = await world.exec(['Task.'], { env: { CODEX_API_KEY: 'sk-codex-key' } })
    expect(run.code).toBe(0)
    expect(model.requests[0]?.headers['authorization']).toBe('Bearer sk-codex-key')

    const missing = await world.exec(['Task.'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      'model_providers.p.requires_openai_auth asks for the OpenAI key, and neither OPENAI_API_KEY nor CODEX_API_KEY is set',
    )
  })

  it('CODEX_API_KEY comes before OPENAI_API_KEY, for requires_openai_auth and the built-in provider, as in codex exec 0.171', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "m"\n${providerToml('p', model, 'requires_openai_auth = true')}`,
    )
    const both = { OPENAI_API_KEY: 'sk-openai-key', CODEX_API_KEY: 'sk-codex-key' }
    expect((await world.exec(['Task.'], { env: both })).code).toBe(0)
    // Codex 0.171 sends no key here (it expects `codex login`); this tool uses OPENAI_API_KEY.
    expect((await world.exec(['Task.'], { env: { OPENAI_API_KEY: 'sk-openai-key' } })).code).toBe(0)
    await world.write('config.toml', `openai_base_url = "${model.baseUrl}"\nmodel = "gpt-5.5"\n`)
    expect((await world.exec(['Task.'], { env: both })).code).toBe(0)
    expect(model.requests.map((request) => request.headers['authorization'])).toEqual([
      'Bearer sk-codex-key',
      'Bearer sk-openai-key',
      'Bearer sk-codex-key',
    ])
  })

  it('OPENAI_BASE_URL moves the built-in provider when the config does not, and openai_base_url wins over it', async () => {
    world = await configWorld()
    const fromEnv = await world.model()
    const fromConfig = await world.model()
    const env = { OPENAI_API_KEY: 'sk-openai-key', OPENAI_BASE_URL: fromEnv.baseUrl }
    await world.write('config.toml', 'model = "gpt-5.5"\n')
    expect((await world.exec(['Task.'], { env })).code).toBe(0)
    await world.write('config.toml', `openai_base_url = "${fromConfig.baseUrl}"\nmodel = "gpt-5.5"\n`)
    expect((await world.exec(['Task.'], { env })).code).toBe(0)
    expect(fromEnv.requests).toHaveLength(1)
    expect(fromConfig.requests).toHaveLength(1)
  })

  it('[auth] runs the command as argv, without a shell, in $CODEX_HOME, and sends what it prints', async () => {
    world = await configWorld()
    const model = await world.model()
    const script = await world.write('token.sh', '#!/bin/sh\nprintf "%s|%s|%s\\n" "$1" "$2" "$(pwd)"\n')
    await chmod(script, 0o755)
    const auth = `[model_providers.p.auth]\ncommand = "./token.sh"\nargs = ["tok", "$(touch pwned)"]\n`
    await world.write('config.toml', `model_provider = "p"\nmodel = "m"\n${providerToml('p', model)}${auth}`)
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(0)
    expect(model.requests[0]?.headers['authorization']).toBe(`Bearer tok|$(touch pwned)|${world.home}`)
    expect(model.requests[0]?.headers['host']).toBe(hostOf(model.baseUrl))
  })

  it('a token the provider refuses (401) is fetched again from the command', async () => {
    world = await configWorld()
    const model = await world.model({ requireApiKey: 'fresh' })
    // Prints "stale" the first time, "fresh" after: a token that expired in between.
    const script = await world.write(
      'token.sh',
      '#!/bin/sh\nif [ -e ran ]; then echo fresh; else touch ran; echo stale; fi\n',
    )
    await chmod(script, 0o755)
    const auth = `[model_providers.p.auth]\ncommand = "./token.sh"\nrefresh_interval_ms = 0\n`
    await world.write('config.toml', `model_provider = "p"\nmodel = "m"\n${providerToml('p', model)}${auth}`)
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(0)
    expect(model.requests.map((request) => request.headers['authorization'])).toEqual([
      'Bearer stale',
      'Bearer fresh',
    ])
  })

  it('[auth] keeps the token for refresh_interval_ms, then runs the command again', async () => {
    world = await configWorld()
    // Two requests: a command, then the answer.
    ownModel = await startFakeModel([
      { calls: [{ name: 'shell', arguments: { command: ['sleep', '0.2'] } }] },
      { text: 'done' },
      { calls: [{ name: 'shell', arguments: { command: ['sleep', '0.2'] } }] },
      { text: 'done' },
    ])
    // Prints tok-1, tok-2, …: one more each time it runs.
    const script = await world.write(
      'token.sh',
      '#!/bin/sh\necho x >> runs; echo "tok-$(wc -l < runs | tr -d \' \')"\n',
    )
    await chmod(script, 0o755)
    const config = (interval: number) =>
      `model_provider = "p"\nmodel = "m"\n${providerToml('p', ownModel!)}` +
      `[model_providers.p.auth]\ncommand = "./token.sh"\nrefresh_interval_ms = ${interval}\n`
    await world.write('config.toml', config(300_000))
    expect((await world.exec(['Task.'])).code).toBe(0)
    await world.write('config.toml', config(100))
    expect((await world.exec(['Task.'])).code).toBe(0)
    const [first, second, third, fourth] = ownModel.requests.map(
      (request) => request.headers['authorization'],
    )
    // Within the interval the token is reused; past it, each request after the 0.2 s command gets a new one.
    expect([first, second]).toEqual(['Bearer tok-1', 'Bearer tok-1'])
    expect(third).toMatch(/^Bearer tok-\d+$/)
    expect(fourth).toMatch(/^Bearer tok-\d+$/)
    expect(new Set([first, third, fourth]).size).toBe(3)
  })

  it('an [auth] command that outlives timeout_ms stops the run, naming the key and the limit', async () => {
    world = await configWorld()
    const model = await world.model()
    const auth = `[model_providers.p.auth]\ncommand = "sleep"\nargs = ["5"]\ntimeout_ms = 300\n`
    await world.write('config.toml', `model_provider = "p"\nmodel = "m"\n${providerToml('p', model)}${auth}`)
    const started = Date.now()
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'model_providers.p.auth: the token command `sleep 5` did not finish within 300 ms',
    )
    expect(Date.now() - started).toBeLessThan(4_000)
    expect(model.requests).toEqual([])
  })

  it('a failing [auth] command stops before any model call, naming the key', async () => {
    world = await configWorld()
    const model = await world.model()
    const auth = `[model_providers.p.auth]\ncommand = "sh"\nargs = ["-c", "echo no login >&2; exit 3"]\n`
    await world.write('config.toml', `model_provider = "p"\nmodel = "m"\n${providerToml('p', model)}${auth}`)
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'error: model_providers.p.auth: the token command `sh -c echo no login >&2; exit 3` failed (exit code 3): no login',
    )
    expect(model.requests).toEqual([])
    expect(path.isAbsolute(world.home)).toBe(true)
  })
})
