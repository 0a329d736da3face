// Profiles as Codex 0.169 has them: `$CODEX_HOME/NAME.config.toml` over the user file, and the
// older `[profiles.NAME]` tables; both for one name is an error, as in Codex.
import { afterEach, describe, expect, it } from 'vitest'
import { configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

let world: ConfigWorld | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})

describe('profiles', () => {
  it('--profile NAME applies $CODEX_HOME/NAME.config.toml over the user file, below -c', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "base"\nmodel_verbosity = "low"\n${providerToml('p', model)}`,
    )
    await world.write('fast.config.toml', 'model = "from-profile-file"\n')
    expect((await world.exec(['--profile', 'fast', 'Task.'])).code).toBe(0)
    expect((await world.exec(['-p', 'fast', '-c', 'model="cli"', 'Task.'])).code).toBe(0)
    expect((await world.exec(['Task.'])).code).toBe(0)
    expect(model.requests.map((request) => request.body['model'])).toEqual([
      'from-profile-file',
      'cli',
      'base',
    ])
  })

  it('[profiles.NAME] still applies when there is no profile file', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "base"\n[profiles.deep]\nmodel = "from-table"\n${providerToml('p', model)}`,
    )
    expect((await world.exec(['-p', 'deep', 'Task.'])).code).toBe(0)
    expect(model.requests[0]?.body['model']).toBe('from-table')
  })

  it('a profile file and a [profiles.NAME] table for the same name is an error naming both', async () => {
    world = await configWorld()
    const model = await world.model()
    const user = await world.write(
      'config.toml',
      `model_provider = "p"\n[profiles.fast]\nmodel = "t"\n${providerToml('p', model)}`,
    )
    const file = await world.write('fast.config.toml', 'model = "f"\n')
    const run = await world.exec(['-p', 'fast', 'Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `--profile fast reads ${file}, but ${user} also has profile = "fast" or [profiles.fast]`,
    )
    expect(model.requests).toEqual([])
  })
})

describe('profile selection', () => {
  it('a top-level profile = "NAME" picks [profiles.NAME] when --profile is not given; --profile wins over it', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "base"\nprofile = "deep"\n[profiles.deep]\nmodel = "deep-model"\n` +
        `[profiles.fast]\nmodel = "fast-model"\n${providerToml('p', model)}`,
    )
    expect((await world.exec(['Task.'])).code).toBe(0)
    expect((await world.exec(['-p', 'fast', 'Task.'])).code).toBe(0)
    expect(model.requests.map((request) => request.body['model'])).toEqual(['deep-model', 'fast-model'])
  })

  it('a --profile with neither a file nor a table is an error naming both places, before any model call', async () => {
    world = await configWorld()
    const model = await world.model()
    await world.write(
      'config.toml',
      `model_provider = "p"\nmodel = "base"\n[profiles.deep]\nmodel = "d"\n${providerToml('p', model)}`,
    )
    const run = await world.exec(['-p', 'nope', 'Task.'])
    expect(run.code).toBe(1)
    const file = `${world.home}/nope.config.toml`
    expect(run.stderr).toContain(
      `profile "nope" is not defined (defined profiles: deep; there is no ${file} either). ` +
        `Fix: add a [profiles.nope] table or create ${file}`,
    )
    expect(model.requests).toEqual([])
  })
})
