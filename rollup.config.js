// Bundles the three entry points into committed files under dist/. Shared code goes to
// dist/chunks with stable names so `npm run bundle` is reproducible (checked by .ci/run).
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { SRC_HASH_FILE, srcHash } from './scripts/src-hash.mjs'

/** dist/src-hash.txt: which sources this bundle was built from, for the tests that run dist/. */
const recordSrcHash = {
  name: 'record-src-hash',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: SRC_HASH_FILE, source: `${srcHash(import.meta.dirname)}\n` })
  },
}

/** Where raw template text lives (a tagged template reads it as written): [start, end) pairs. */
function taggedTemplateRanges(node, ranges = []) {
  if (node === null || typeof node !== 'object') return ranges
  if (Array.isArray(node)) {
    for (const child of node) taggedTemplateRanges(child, ranges)
    return ranges
  }
  if (node.type === 'TaggedTemplateExpression') ranges.push([node.quasi.start, node.quasi.end])
  for (const key of Object.keys(node)) if (key !== 'type') taggedTemplateRanges(node[key], ranges)
  return ranges
}

/**
 * Non-ASCII characters written as \u escapes. Node reads an ESM file through a UTF-8 decoder that
 * is several times faster on ASCII-only input, and V8 scans one-byte source faster: a few
 * milliseconds off every start. An escape means the same character in a string, a template or a
 * regular expression, and nothing in a comment; only a tagged template's raw text would change, so
 * a non-ASCII character there stops the build.
 */
const asciiOnly = {
  name: 'ascii-only',
  renderChunk(code, chunk) {
    if (!/[^\x00-\x7f]/.test(code)) return null
    const raw = taggedTemplateRanges(this.parse(code))
    let out = ''
    let last = 0
    for (const match of code.matchAll(/[^\x00-\x7f]/g)) {
      const at = match.index
      if (raw.some(([start, end]) => at >= start && at < end))
        this.error(
          `${chunk.fileName}: a tagged template holds the non-ASCII character U+${match[0].charCodeAt(0).toString(16)}; write it as a \\u escape in the source`,
        )
      let backslashes = 0
      while (code[at - 1 - backslashes] === '\\') backslashes++
      // `\é` is an identity escape meaning `é`: its backslash must not escape the new escape.
      const before = backslashes % 2 === 1 ? at - 1 : at
      out += `${code.slice(last, before)}\\u${match[0].charCodeAt(0).toString(16).padStart(4, '0')}`
      last = at + 1
    }
    return { code: out + code.slice(last), map: null }
  },
}

/** @type {import("rollup").RollupOptions} */
const config = {
  input: { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    sourcemap: false,
  },
  onwarn(warning, warn) {
    // Third-party CommonJS uses `this` at top level and circular imports; both are harmless here.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    // zod ships explanatory comments next to its `@__PURE__` marks; rollup drops them and says so
    // at length. Only that code from that package: any other misplaced annotation still shows.
    if (warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? ''))
      return
    warn(warning)
  },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json', include: ['src/**/*.ts'] }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    asciiOnly,
    recordSrcHash,
  ],
}

export default config
