// The tests that run the bundle refuse a dist/ built from other sources, by content (git checkout
// sets mtimes, so those prove nothing), and name the command that fixes it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SRC_HASH_FILE, srcHash } from '../../scripts/src-hash.mjs'
import { distStaleness, runsTheBundle } from '../helpers/dist-fresh.js'

const roots: string[] = []
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))))

async function checkout(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dist-fresh-'))
  roots.push(root)
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
  return root
}

describe('stale dist/ check', () => {
  it('passes a dist/ bundled from these sources, and fails once a source changes', async () => {
    const root = await checkout({ 'src/main.ts': 'export const a = 1\n', 'src/git/run.ts': 'export {}\n' })
    await mkdir(path.join(root, 'dist'))
    await writeFile(path.join(root, 'dist', SRC_HASH_FILE), `${srcHash(root)}\n`)
    expect(distStaleness(root)).toBeUndefined()

    await writeFile(path.join(root, 'src/git/run.ts'), 'export const changed = true\n')
    expect(distStaleness(root)).toMatch(
      /^dist\/ is stale: src\/ changed since the last bundle.*Run `npm run bundle`/,
    )
  })

  it('fails when a source is added or renamed, even with the same contents', async () => {
    const root = await checkout({ 'src/a.ts': 'x\n' })
    const before = srcHash(root)
    await writeFile(path.join(root, 'src/b.ts'), 'x\n')
    expect(srcHash(root)).not.toBe(before)
    await rm(path.join(root, 'src/a.ts'))
    expect(srcHash(root)).not.toBe(before)
  })

  it('ignores the probe folders the lint tests plant in src/ while other files run', async () => {
    const root = await checkout({ 'src/a.ts': 'x\n' })
    const before = srcHash(root)
    await writeFile(path.join(root, 'src/a.ts'), 'x\n')
    await mkdir(path.join(root, 'src/tools/lint-probe-123'), { recursive: true })
    await writeFile(path.join(root, 'src/tools/lint-probe-123/a.ts'), 'export {}\n')
    await mkdir(path.join(root, 'src/lint-probe-9'))
    await writeFile(path.join(root, 'src/lint-probe-9/x.ts'), 'export {}\n')
    expect(srcHash(root)).toBe(before)
    await writeFile(path.join(root, 'src/lint-probe.ts'), 'export {}\n')
    expect(srcHash(root)).not.toBe(before)
  })

  it('fails when dist/ has no record of its sources', async () => {
    const root = await checkout({ 'src/a.ts': 'x\n', 'dist/chunks/shared.js': '' })
    expect(distStaleness(root)).toMatch(/src-hash.txt is missing.*Run `npm run bundle`/)
  })

  it('applies to the test files that run the bundle, not to unit tests', () => {
    const e2e = path.join('/repo', '__tests__', 'e2e', 'secrets.int.test.ts')
    expect(runsTheBundle(e2e, '')).toBe(true)
    // Spelled in two pieces, so that this file itself does not look like one that runs the bundle.
    const cliPath = ['dist', 'cli.js'].join('/')
    expect(runsTheBundle('/repo/__tests__/exec/exec.int.test.ts', `const CLI = '${cliPath}'`)).toBe(true)
    const helper = ['cli', 'process.js'].join('-')
    expect(
      runsTheBundle('/repo/__tests__/net/ca.int.test.ts', `import { runCli } from '../helpers/${helper}'`),
    ).toBe(true)
    expect(
      runsTheBundle(
        '/repo/__tests__/agent/loop.test.ts',
        "import { runAgent } from '../../src/agent/loop.js'",
      ),
    ).toBe(false)
  })
})
