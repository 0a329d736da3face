// The bundle is written in ASCII (Node decodes such files faster at start): every other character
// becomes a \u escape that means the same thing where it stands, and a character whose escape
// would change what the code does (in a tagged template's raw text) stops the build instead.
import type { Plugin, RollupOptions } from 'rollup'
import { rollup } from 'rollup'
import { describe, expect, it } from 'vitest'

// A plain JS config: imported through a variable so TypeScript does not look for its types.
const configPath = '../../rollup.config.js'
const { default: config } = (await import(configPath)) as { default: RollupOptions }
const plugins = (config.plugins ?? []) as Plugin[]
const asciiOnly = plugins.find((plugin) => plugin.name === 'ascii-only')

/** Bundles `source` as one module with the config's ASCII step; the chunk's code. */
async function bundle(source: string): Promise<string> {
  if (!asciiOnly) throw new Error('rollup.config.js has no ascii-only plugin')
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? source : null),
  }
  const build = await rollup({ input: 'entry', plugins: [entry, asciiOnly] })
  const { output } = await build.generate({ format: 'es' })
  return output[0].code
}

/** The module's exports, as a plain object. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  return { ...((await import(url)) as Record<string, unknown>) }
}

describe('ASCII bundle', () => {
  it('escapes strings, templates, regular expressions and identity escapes to the same values', async () => {
    const source = [
      "export const text = 'caf\u00e9 \u2026 \u{1F600}'",
      'export const template = `\u2014${1}\u2014`',
      "export const matches = /^[\u00e9\u{1F600}]+$/u.test('\u00e9\u{1F600}')",
      "export const identity = '\\\u00e9'",
      '// a comment \u2192 with an arrow',
      'export const \u00e9t\u00e9 = 1',
    ].join('\n')
    const code = await bundle(source)
    expect(code).not.toMatch(/[^\x00-\x7f]/)
    expect(await evaluate(code)).toEqual({
      text: 'caf\u00e9 \u2026 \u{1F600}',
      template: '\u20141\u2014',
      matches: true,
      identity: '\u00e9',
      ['\u00e9t\u00e9']: 1,
    })
  })

  it("stops the build when a tagged template's raw text holds a non-ASCII character", async () => {
    await expect(bundle('export const raw = String.raw`\u2026`')).rejects.toThrow(
      /tagged template holds the non-ASCII character U\+2026/,
    )
  })
})
