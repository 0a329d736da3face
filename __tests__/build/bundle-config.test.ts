// The build as a contributor meets it: `npm test` starts with the bundle, so its output must not
// open on pages of warnings nobody can act on, and the dependencies are the ones the code uses.
import { readFileSync } from 'node:fs'
import type { RollupLog, RollupOptions } from 'rollup'
import { describe, expect, it } from 'vitest'

// A plain JS config: imported through a variable so TypeScript does not look for its types.
const configPath = '../../rollup.config.js'
const { default: config } = (await import(configPath)) as { default: RollupOptions }

function passedOn(warning: RollupLog): boolean {
  const onwarn = config.onwarn
  if (!onwarn) return true
  let shown = false
  onwarn(warning, () => (shown = true))
  return shown
}

describe('rollup warnings', () => {
  it("silences only zod's misplaced-annotation comments", () => {
    const zod = '/repo/node_modules/zod/v4/core/util.js'
    expect(passedOn({ code: 'INVALID_ANNOTATION', id: zod, message: 'A comment … zod' })).toBe(false)
    // The same warning from our own code or another package still shows.
    expect(passedOn({ code: 'INVALID_ANNOTATION', id: '/repo/src/main.ts', message: 'A comment' })).toBe(true)
    expect(
      passedOn({ code: 'INVALID_ANNOTATION', id: '/repo/node_modules/openai/x.js', message: 'A comment' }),
    ).toBe(true)
    // Another warning from zod still shows.
    expect(passedOn({ code: 'UNRESOLVED_IMPORT', id: zod, message: 'missing' })).toBe(true)
  })
})

describe('dependencies', () => {
  it('lists no package the code does not import', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies)).not.toContain('diff')
    expect(Object.keys(manifest.dependencies)).not.toContain('p-limit')
  })
})
