// `npm run bench`: prints the project's performance figures as a Markdown table. With `--readme`,
// also writes them into README.md between the BENCH markers. Section names as arguments run only
// those sections (`node --import tsx bench/run.ts exec mcp`), for profiling one figure at a time.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { benchApplyPatch } from './apply-patch.js'
import { benchExec, EXEC_NODE } from './exec.js'
import type { Figure } from './figures.js'
import { formatFigure } from './figures.js'
import { benchMcp } from './mcp.js'
import { benchSandbox } from './sandbox.js'
import { benchSession } from './session.js'

const START = '<!-- BENCH:START -->'
const END = '<!-- BENCH:END -->'

async function main(): Promise<void> {
  const sections: [string, () => Promise<Figure[]>][] = [
    ['exec', () => benchExec()],
    ['apply_patch', benchApplyPatch],
    ['sandbox', benchSandbox],
    ['mcp', benchMcp],
    ['session', benchSession],
  ]
  const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  const unknown = chosen.filter((name) => !sections.some(([label]) => label === name))
  if (unknown.length > 0)
    throw new Error(
      `bench: no section ${unknown.join(', ')}; sections: ${sections.map(([l]) => l).join(', ')}`,
    )
  if (chosen.length > 0 && process.argv.includes('--readme'))
    throw new Error('bench: --readme writes the whole table: run every section with it')
  const figures: Figure[] = []
  const [loadBefore = 0] = os.loadavg()
  for (const [label, bench] of sections) {
    if (chosen.length > 0 && !chosen.includes(label)) continue
    process.stderr.write(`bench: ${label}…\n`)
    figures.push(...(await bench()))
  }
  const table = [
    `Node ${process.version}${execNode()}, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}, ` +
      // Other processes' load moves every figure: the load average says how quiet the machine was.
      `load average ${loadBefore.toFixed(1)} before / ${(os.loadavg()[0] ?? 0).toFixed(1)} after`,
    '',
    '| figure | measured | target |',
    '| --- | --- | --- |',
    ...figures.map(formatFigure),
  ].join('\n')
  process.stdout.write(`${table}\n`)
  if (process.argv.includes('--readme')) await writeReadme(table)
}

/** `exec` under another Node (BENCH_NODE): its version, for the table's heading. */
function execNode(): string {
  if (EXEC_NODE === process.execPath) return ''
  const version = execFileSync(EXEC_NODE, ['--version'], { encoding: 'utf8' }).trim()
  return ` (exec under Node ${version})`
}

async function writeReadme(table: string): Promise<void> {
  const readme = await readFile('README.md', 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`)
  await writeFile('README.md', `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`)
  process.stderr.write('bench: README.md updated\n')
}

await main()
