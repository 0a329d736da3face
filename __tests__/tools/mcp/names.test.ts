// Model-facing MCP tool names: what every wire API accepts, stable from run to run, never clashing.
import { describe, expect, it } from 'vitest'
import { assignToolNames, keyOf, qualifiedToolName } from '../../../src/tools/mcp/names.js'

const VALID = /^[a-zA-Z0-9_-]{1,64}$/

describe('MCP tool names', () => {
  it('are mcp__<server>__<tool>, with characters the APIs refuse replaced', () => {
    expect(qualifiedToolName({ server: 'docs', tool: 'search' })).toBe('mcp__docs__search')
    expect(qualifiedToolName({ server: 'docs', tool: 'repo.search/v2 beta' })).toBe(
      'mcp__docs__repo_search_v2_beta',
    )
    expect(qualifiedToolName({ server: 'gh-api', tool: 'list-issues' })).toBe('mcp__gh-api__list-issues')
  })

  it('shortens an over-long name to 64 characters ending in a hash, the same on every run', () => {
    const pair = {
      server: 'a-very-long-server-name-indeed',
      tool: 'and_an_even_longer_tool_name_that_goes_on_and_on',
    }
    const name = qualifiedToolName(pair)
    expect(name).toMatch(VALID)
    expect(name).toHaveLength(64)
    expect(name.startsWith('mcp__a-very-long-server-name-indeed__and_an_even')).toBe(true)
    expect(qualifiedToolName({ ...pair })).toBe(name)
    // Two long names that share the first 64 characters still differ.
    const other = qualifiedToolName({ ...pair, tool: `${pair.tool}_but_different` })
    expect(other).toMatch(VALID)
    expect(other).not.toBe(name)
  })

  it('gives tools whose names sanitise alike distinct names, whichever order the servers answered in', () => {
    const pairs = [
      { server: 'docs', tool: 'a.b' },
      { server: 'docs', tool: 'a_b' },
      { server: 'docs', tool: 'a b' },
    ]
    const forward = assignToolNames(pairs)
    const backward = assignToolNames([...pairs].reverse())
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort())
    const names = [...forward.values()]
    expect(new Set(names).size).toBe(3)
    for (const name of names) expect(name).toMatch(VALID)
    // Sorted order decides who keeps the plain name: 'a b' < 'a.b' < 'a_b'.
    expect(forward.get(keyOf({ server: 'docs', tool: 'a b' }))).toBe('mcp__docs__a_b')
    expect(forward.get(keyOf({ server: 'docs', tool: 'a_b' }))).not.toBe('mcp__docs__a_b')
  })

  it('never reuses a name already taken by a built-in tool', () => {
    const names = assignToolNames([{ server: 'x', tool: 'y' }], ['mcp__x__y'])
    const name = names.get(keyOf({ server: 'x', tool: 'y' }))
    expect(name).toMatch(VALID)
    expect(name).not.toBe('mcp__x__y')
  })
})
