import { describe, expect, it } from 'vitest'
import { DEFAULT_SHELL_ENV_POLICY, buildCommandEnv, globToRegExp } from '../../src/sandbox/env.js'
import type { ShellEnvironmentPolicy } from '../../src/config/types.js'

const parentEnv: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  CI: 'true',
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_TOKEN: 'ghs_x',
  OPENAI_API_KEY: 'sk-x',
  'INPUT_API-KEY': 'sk-y',
  INPUT_PROMPT: 'fix it',
  ACTIONS_CACHE_URL: 'https://cache',
  ACTIONS_RUNTIME_URL: 'https://runtime',
  my_secret_thing: 's',
  DB_PASSWORD: 'p',
  GOOGLE_APPLICATION_CREDENTIALS: '/c.json',
  NPM_CONFIG_USERCONFIG: '/npmrc',
  UNSET: undefined,
}

const policy = (overrides: Partial<ShellEnvironmentPolicy>): ShellEnvironmentPolicy => ({
  ...DEFAULT_SHELL_ENV_POLICY,
  ...overrides,
})

describe('buildCommandEnv', () => {
  it('by default inherits everything but anything that looks like a credential or a runner internal', () => {
    expect(buildCommandEnv(DEFAULT_SHELL_ENV_POLICY, parentEnv)).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      NPM_CONFIG_USERCONFIG: '/npmrc',
    })
  })

  it('inherit = core keeps only the core variables', () => {
    expect(buildCommandEnv(policy({ inherit: 'core' }), parentEnv)).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
    })
  })

  it('inherit = none starts empty, and `set` still applies', () => {
    expect(buildCommandEnv(policy({ inherit: 'none', set: { FOO: 'bar' } }), parentEnv)).toEqual({
      FOO: 'bar',
    })
  })

  it('ignoreDefaultExcludes lets the secrets through (a knowing choice)', () => {
    const env = buildCommandEnv(policy({ ignoreDefaultExcludes: true }), parentEnv)
    expect(env.OPENAI_API_KEY).toBe('sk-x')
    expect(env['INPUT_API-KEY']).toBe('sk-y')
  })

  it('exclude globs match names case-insensitively', () => {
    const env = buildCommandEnv(policy({ exclude: ['github_*', 'c?'] }), parentEnv)
    expect(env).not.toHaveProperty('GITHUB_REPOSITORY')
    expect(env).not.toHaveProperty('CI')
    expect(env.PATH).toBe('/usr/bin:/bin')
  })

  it('set wins over the excludes, and include_only filters last (set values included)', () => {
    const env = buildCommandEnv(
      policy({ set: { MY_TOKEN: 'allowed', EXTRA: '1' }, includeOnly: ['PATH', 'MY_*'] }),
      parentEnv,
    )
    expect(env).toEqual({ PATH: '/usr/bin:/bin', MY_TOKEN: 'allowed' })
  })
})

describe('globToRegExp', () => {
  it.each([
    ['ACTIONS_*', 'actions_cache_url', true],
    ['ACTIONS_*', 'MY_ACTIONS_X', false],
    ['A?C', 'ABC', true],
    ['[AB]X', 'BX', true],
    ['[!AB]X', 'BX', false],
    ['A.B', 'AXB', false],
  ])('%s against %s → %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected)
  })
})

describe('the allow-list of the action (inherit unset, default runner; issue 12 item 8)', () => {
  const runnerEnv: NodeJS.ProcessEnv = {
    ...parentEnv,
    GH_PAT: 'github_pat_x',
    NPM_AUTH: 'npm-auth',
    DATABASE_URL: 'postgres://u:p@db/app',
    SENTRY_DSN: 'https://k@sentry.io/1',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
    JAVA_HOME_21_X64: '/opt/jdk21',
    pythonLocation: '/opt/python',
    GITHUB_RUN_ID: '42',
    LC_ALL: 'C.UTF-8',
    MY_TOOL_DIR: '/opt/tool',
  }
  const unset = (overrides: Partial<ShellEnvironmentPolicy>): ShellEnvironmentPolicy => ({
    ...policy(overrides),
    inherit: undefined,
  })

  it('passes only allow-listed names, never the secrets no filter names', () => {
    expect(buildCommandEnv(unset({}), runnerEnv, 'runner')).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      CI: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_RUN_ID: '42',
      JAVA_HOME_21_X64: '/opt/jdk21',
      pythonLocation: '/opt/python',
    })
  })

  it('include_only adds names to the allow-list, set still applies, secret names stay out', () => {
    const env = buildCommandEnv(
      unset({ includeOnly: ['MY_TOOL_*', 'GH_PAT_NOT_THERE', 'OPENAI_API_KEY'], set: { FOO: 'bar' } }),
      runnerEnv,
      'runner',
    )
    expect(env.MY_TOOL_DIR).toBe('/opt/tool')
    expect(env.FOO).toBe('bar')
    expect(env.PATH).toBe('/usr/bin:/bin')
    expect(env.OPENAI_API_KEY).toBeUndefined()
  })

  it('exec keeps the Codex default (inherit all) when inherit is unset', () => {
    expect(buildCommandEnv(unset({}), runnerEnv).DATABASE_URL).toBe('postgres://u:p@db/app')
  })
})
