// Tests that run the bundle (dist/index.js, dist/cli.js, dist/post.js) test whatever was bundled
// last: with src/ changed since, they would pass or fail on stale code. Before such a test file,
// this compares the digest `npm run bundle` wrote into dist/ with src/ now, and stops loudly.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, expect } from 'vitest'
import { SRC_HASH_FILE, srcHash } from '../../scripts/src-hash.mjs'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Why dist/ cannot be trusted for these sources; undefined when it was built from them. */
export function distStaleness(root = ROOT): string | undefined {
  let recorded: string
  try {
    recorded = readFileSync(path.join(root, 'dist', SRC_HASH_FILE), 'utf8').trim()
  } catch {
    return `dist/${SRC_HASH_FILE} is missing: dist/ was not built by this checkout's \`npm run bundle\`. Run \`npm run bundle\` (npm test does it first)`
  }
  if (recorded === srcHash(root)) return undefined
  return 'dist/ is stale: src/ changed since the last bundle, so the tests that run dist/ would test old code. Run `npm run bundle` (npm test does it first)'
}

/**
 * A test file that runs the bundle: an e2e test, one using the runner simulation, or one holding
 * an entry point's path as a string of its own (a message merely mentioning it does not count).
 */
export function runsTheBundle(testPath: string, text: string): boolean {
  if (testPath.includes(`${path.sep}e2e${path.sep}`)) return true
  return /['"`](\.\/)?dist\/(index|cli|post)\.js['"`]|github\/runner\.js|(cli|exec)-process\.js/.test(text)
}

beforeAll(() => {
  const testPath = expect.getState().testPath
  if (testPath === undefined || !runsTheBundle(testPath, readFileSync(testPath, 'utf8'))) return
  const stale = distStaleness()
  if (stale !== undefined) throw new Error(stale)
})
