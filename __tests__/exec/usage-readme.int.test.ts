// The README's `exec` flag table and `exec --help` name the same flags (issue 15: "the usage text
// lists every flag the README documents"), so neither can gain a flag the other does not show.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from './exec-process.js'

const FLAG = /--[a-z][a-z0-9-]*/g

/** The long flags in the first column of the flag table of the README's `exec` section. */
function readmeFlags(): Set<string> {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('## Run the agent locally: `exec`')
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end)
  const table = section.split('\n').filter((line) => line.startsWith('| `'))
  return new Set(table.flatMap((row) => row.split('|')[1]?.match(FLAG) ?? []))
}

describe('exec --help and the README', () => {
  it('list the same long flags', async () => {
    const help = await runCli(['exec', '--help'])
    expect(help.code).toBe(0)
    const usage = new Set(help.stdout.match(FLAG))
    const readme = readmeFlags()
    expect(readme.size).toBeGreaterThan(15)
    expect([...readme].filter((flag) => !usage.has(flag))).toEqual([])
    expect([...usage].filter((flag) => !readme.has(flag))).toEqual([])
  })
})
