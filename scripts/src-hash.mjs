// A digest of everything under src/ (paths and contents), written into dist/ by `npm run bundle`
// and compared by the tests that run dist/: content, not mtimes, since git checkout sets those.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const SRC_HASH_FILE = 'src-hash.txt'

// The lint tests (__tests__/lint/) plant short-lived probe folders in src/ while other test files
// compare this digest: counting the probes would make those files see a stale dist/ at random.
// Nothing imports a probe, so the bundle never holds one.
const LINT_PROBE = /(^|\/)lint-probe-[^/]*\//

/** sha256 over src/'s files, sorted by path, each as its path and its bytes. */
export function srcHash(root) {
  const src = path.join(root, 'src')
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(src, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !LINT_PROBE.test(file))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(src, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}
