// Every way Codex's config authenticates a provider, seen where it matters: the Authorization
// header and the host that the provider's server received.
import { chmod } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

let world: ConfigWorld | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
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
