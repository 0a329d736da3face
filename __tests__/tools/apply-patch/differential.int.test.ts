// Differential test against Codex's own applier: the `@openai/codex` npm package (installed here,
// in a temporary folder, never as a dependency of the action) ships a binary that acts as
// `apply_patch` when called by that name. Random patches whose context matches the file only after
// whitespace or Unicode normalisation must leave the same tree and succeed or fail alike.
import { execFile } from 'node:child_process'
import { existsSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { applyPatch } from '../../../src/tools/apply-patch/index.js'
import { makeWorkspace, patchOf, readTree, removeWorkspaces } from './helpers.js'
import { CODEX_INSTALL_DIR, installCodex } from '../../helpers/codex-binary.js'

const APPLY_PATCH = path.join(CODEX_INSTALL_DIR, 'apply_patch')
const run = promisify(execFile)

let unavailable: string | undefined

beforeAll(() => {
  const codex = installCodex()
  if ('unavailable' in codex) {
    unavailable = codex.unavailable
    return
  }
  if (!existsSync(APPLY_PATCH)) symlinkSync(codex.binary, APPLY_PATCH)
}, 300_000)

afterEach(removeWorkspaces)

/** A small seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'return x', 'if (a) {', '}', 'say "hi"', "it's", 'a - b']
// What Codex's matcher forgives: trailing and surrounding blanks, typographic punctuation, odd spaces.
const DISGUISES: ((line: string) => string)[] = [
  (line) => `${line}   `,
  (line) => `  ${line}\t`,
  (line) => line.replaceAll('"', '\u201c').replaceAll("'", '\u2019'),
  (line) => line.replaceAll('-', '\u2013').replaceAll(' ', '\u00a0'),
]

interface Case {
  file: string
  patch: string
}

function makeCase(seed: number): Case {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const plain = Array.from({ length: 8 + Math.floor(next() * 8) }, (_, i) => `${pick(WORDS)} ${i}`)
  // The file carries disguised versions of some lines; the patch quotes the plain ones.
  const fileLines = plain.map((line) => (next() < 0.4 ? pick(DISGUISES)(line) : line))
  const start = Math.floor(next() * (plain.length - 4))
  const body: string[] = ['@@']
  for (let i = start; i < start + 4; i++) {
    const roll = next()
    if (roll < 0.5) body.push(` ${plain[i]}`)
    else if (roll < 0.8) body.push(`-${plain[i]}`, `+${plain[i]?.toUpperCase()}`)
    else body.push(`-${plain[i]}`)
  }
  if (next() < 0.5) body.push(`+added ${seed}`)
  return { file: `${fileLines.join('\n')}\n`, patch: patchOf('*** Update File: f.txt', ...body) }
}

async function viaCodex(testCase: Case) {
  const dir = await makeWorkspace({ 'f.txt': testCase.file })
  const ok = await run(APPLY_PATCH, [testCase.patch], { cwd: dir }).then(
    () => true,
    () => false,
  )
  return { ok, tree: await readTree(dir) }
}

async function viaOurs(testCase: Case) {
  const dir = await makeWorkspace({ 'f.txt': testCase.file })
  const result = await applyPatch(testCase.patch, { workspace: dir })
  return { ok: result.ok, tree: await readTree(dir) }
}

describe('apply_patch against Codex’s own applier', () => {
  it('agrees on 150 random patches whose context matches only after normalisation', async (context) => {
    if (unavailable !== undefined) context.skip(unavailable)
    const disagreements: { seed: number; codex: unknown; ours: unknown; patch: string; file: string }[] = []
    for (let seed = 1; seed <= 150; seed++) {
      const testCase = makeCase(seed)
      const [codex, ours] = await Promise.all([viaCodex(testCase), viaOurs(testCase)])
      if (JSON.stringify(codex) !== JSON.stringify(ours))
        disagreements.push({ seed, codex, ours, ...testCase })
    }
    expect(disagreements.slice(0, 3)).toEqual([])
  }, 240_000)
})
