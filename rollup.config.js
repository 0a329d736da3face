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
    recordSrcHash,
  ],
}

export default config
