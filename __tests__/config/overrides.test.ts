import { describe, expect, it } from 'vitest'
import { ConfigError, applyOverride, parseOverride } from '../../src/config/index.js'

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

describe('parseOverride', () => {
  it('reads a quoted TOML string', () => {
    expect(parseOverride('model="o3"')).toEqual({ path: ['model'], value: 'o3' })
  })

  it('takes text that is not TOML as a literal string, as Codex does', () => {
    expect(parseOverride('model=o3')).toEqual({ path: ['model'], value: 'o3' })
    expect(parseOverride('model=gpt-4.1-mini')).toEqual({ path: ['model'], value: 'gpt-4.1-mini' })
    expect(parseOverride('model_providers.x.base_url=https://h/v1?a=b')).toEqual({
      path: ['model_providers', 'x', 'base_url'],
      value: 'https://h/v1?a=b',
    })
  })

  it('reads booleans, numbers, arrays and inline tables as TOML', () => {
    expect(parseOverride('sandbox_workspace_write.network_access=true')).toEqual({
      path: ['sandbox_workspace_write', 'network_access'],
      value: true,
    })
    expect(parseOverride('project_doc_max_bytes=65536').value).toBe(65_536)
    expect(parseOverride('shell_environment_policy.exclude=["A*", "B*"]').value).toEqual(['A*', 'B*'])
    expect(plain(parseOverride('model_providers.x.query_params={api-version="2025-04-01"}').value)).toEqual({
      'api-version': '2025-04-01',
    })
  })

  it('keeps "true" a string only when quoted (argv after the shell removed its own quotes)', () => {
    expect(parseOverride('model="true"').value).toBe('true')
    expect(parseOverride('model=true').value).toBe(true)
  })

  it('splits on the first = only and trims around it', () => {
    expect(parseOverride(' model = "a=b" ')).toEqual({ path: ['model'], value: 'a=b' })
  })

  it('supports quoted key segments', () => {
    expect(parseOverride('model_providers."my.provider".base_url="https://x/v1"').path).toEqual([
      'model_providers',
      'my.provider',
      'base_url',
    ])
    expect(parseOverride(`mcp_servers.'a b'.enabled=false`).path).toEqual(['mcp_servers', 'a b', 'enabled'])
  })

  it('a missing = names the override and the form to use', () => {
    const error = (() => {
      try {
        parseOverride('model')
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toContain('-c model')
    expect((error as ConfigError).message).toContain("no '='")
    expect((error as ConfigError).fix).toContain('-c key.path=value')
  })

  it('rejects keys that are not dotted paths', () => {
    expect(() => parseOverride('=1')).toThrow(ConfigError)
    expect(() => parseOverride('a..b=1')).toThrow(ConfigError)
    expect(() => parseOverride('a.=1')).toThrow(/ends with a dot/)
    expect(() => parseOverride('"a.b=1')).toThrow(/unclosed/)
    expect(() => parseOverride('a b=1')).toThrow(/not a dotted key path/)
  })
})

describe('applyOverride', () => {
  it('creates intermediate tables and replaces non-table values on the way', () => {
    const root: Record<string, unknown> = { sandbox_workspace_write: 'oops', model: 'a' }
    applyOverride(root, parseOverride('sandbox_workspace_write.network_access=true'))
    applyOverride(root, parseOverride('model_providers.x.base_url="u"'))
    expect(plain(root)).toEqual({
      model: 'a',
      sandbox_workspace_write: { network_access: true },
      model_providers: { x: { base_url: 'u' } },
    })
  })

  it('treats __proto__ as a plain key, never touching prototypes', () => {
    const root = Object.create(null) as Record<string, unknown>
    applyOverride(root, parseOverride('__proto__.polluted=true'))
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.keys(root)).toEqual(['__proto__'])
  })
})
