// What every test process would otherwise redo from GitHub's OpenAPI description, kept under
// node_modules/.cache: the description without what only people read (descriptions, summaries,
// examples, the webhook section: 3 MB to parse instead of 13 MB), and each operation's validators
// as ajv's standalone code (compiling one costs 50–150 ms). Routing and validation see the same
// schemas either way. The cache is keyed by the installed description's version and size, ajv's
// version and the fake's own schema code, so an upgrade or a change here makes fresh files.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Ajv, ValidateFunction } from 'ajv'
import standaloneModule from 'ajv/dist/standalone/index.js'
import { isJsonObject, type JsonObject } from './schema.js'

const require = createRequire(import.meta.url)
// ajv's standalone module is CommonJS exporting the function; under NodeNext its type is the namespace.
const standaloneCode = standaloneModule as unknown as (ajv: Ajv, validate: ValidateFunction) => string
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/fake-github/', import.meta.url))

/** Keys read by people only; schema conversion drops the same ones (schema.ts). */
const FOR_READERS = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'tags',
  'x-github',
  'x-octokit',
  'x-github-breaking-changes',
])
/** Objects whose keys are names (a property may be called "description"), not OpenAPI fields. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])

/** The trimmed description, and where its validators are kept. */
export function loadDescription(variant: string): { document: JsonObject; validators: string } {
  const file = require.resolve(`@octokit/openapi/generated/${variant}.json`)
  const key = cacheKey(file)
  const cached = join(CACHE_DIR, `${variant}-${key}.json`)
  const validators = join(CACHE_DIR, `${variant}-${key}-validators`)
  try {
    return { document: parseDocument(readFileSync(cached, 'utf8'), cached), validators }
  } catch {
    const trimmed = trimDocument(parseDocument(readFileSync(file, 'utf8'), file))
    writeAtomically(cached, JSON.stringify(trimmed))
    forgetOtherKeys(variant, key)
    return { document: trimmed, validators }
  }
}

/** A validator compiled once for all test processes: `id` names the operation and the part. */
export function cachedValidator(
  ajv: Ajv,
  folder: string,
  id: string,
  schema: () => JsonObject,
): ValidateFunction {
  const file = join(folder, `${createHash('sha256').update(id).digest('hex').slice(0, 24)}.cjs`)
  try {
    return require(file) as ValidateFunction
  } catch {
    const validate = ajv.compile(schema())
    writeAtomically(file, standaloneCode(ajv, validate))
    return validate
  }
}

/** A new key makes the files kept under older ones (an upgrade, a change to the fake) useless. */
function forgetOtherKeys(variant: string, key: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    if (name.startsWith(`${variant}-`) && !name.startsWith(`${variant}-${key}`))
      rmSync(join(CACHE_DIR, name), { recursive: true, force: true })
  }
}

// Test processes start together: each writes its own file and renames it into place.
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const scratch = `${file}.${process.pid}`
  writeFileSync(scratch, text)
  renameSync(scratch, file)
}

function cacheKey(file: string): string {
  const versionOf = (packageFile: string) =>
    (JSON.parse(readFileSync(packageFile, 'utf8')) as { version?: string }).version ?? ''
  const hash = createHash('sha256')
  hash.update(`${versionOf(join(dirname(file), '..', 'package.json'))}\0${statSync(file).size}\0`)
  hash.update(`${versionOf(require.resolve('ajv/package.json'))}\0`)
  for (const source of OWN_SCHEMA_CODE) hash.update(readFileSync(new URL(source, import.meta.url)))
  return hash.digest('hex').slice(0, 16)
}

/** The fake's files that shape the cached description and validators. */
const OWN_SCHEMA_CODE = ['./openapi-cache.ts', './openapi.ts', './schema.ts']

function parseDocument(text: string, file: string): JsonObject {
  const document: unknown = JSON.parse(text)
  if (!isJsonObject(document)) throw new Error(`${file} is not an OpenAPI document`)
  return document
}

export function trimDocument(document: JsonObject): JsonObject {
  const components = isJsonObject(document.components) ? document.components : {}
  const kept: JsonObject = {}
  for (const [kind, entries] of Object.entries(components)) {
    if (kind === 'examples' || !isJsonObject(entries)) continue
    kept[kind] = Object.fromEntries(Object.entries(entries).map(([name, node]) => [name, trimNode(node)]))
  }
  return { openapi: document.openapi, paths: trimNode(document.paths, true), components: kept }
}

function trimNode(node: unknown, namesOnly = false): unknown {
  if (Array.isArray(node)) return node.map((item) => trimNode(item))
  if (!isJsonObject(node)) return node
  const copy: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (!namesOnly && FOR_READERS.has(key)) continue
    copy[key] = namesOnly ? trimNode(value) : trimNode(value, NAME_MAPS.has(key))
  }
  return copy
}
