// Turns an OpenAPI 3.0 schema fragment into a self-contained JSON Schema ajv can compile: the
// components it references are copied in under their original pointers, `nullable` becomes an
// explicit null branch (ajv's own `nullable` refuses schemas without `type`, and GitHub's enums
// often omit null), and `oneOf` becomes `anyOf`, because GitHub's variants overlap (several are
// open objects), so a correct body often matches more than one of them.

export type JsonObject = Record<string, unknown>

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function toJsonSchema(root: unknown, document: JsonObject): JsonObject {
  const pending: string[] = []
  const seen = new Set<string>()
  const noteRef = (ref: string): void => {
    if (ref.startsWith('#/') && !seen.has(ref)) {
      seen.add(ref)
      pending.push(ref)
    }
  }
  const schema: JsonObject = { allOf: [convert(root, noteRef)] }
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const path = ref.slice(2).split('/').map(unescapePointer)
    setPath(schema, path, convert(resolvePath(document, path), noteRef))
  }
  return schema
}

const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])
const DOCUMENTATION_ONLY = new Set(['nullable', 'example', 'examples', 'description', 'discriminator'])

function convert(node: unknown, noteRef: (ref: string) => void): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, noteRef))
  if (!isJsonObject(node)) return node
  const copy: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (DOCUMENTATION_ONLY.has(key)) continue
    if (key === '$ref' && typeof value === 'string') noteRef(value)
    copy[key === 'oneOf' ? 'anyOf' : key] = NAME_MAPS.has(key)
      ? convertNameMap(value, noteRef)
      : convert(value, noteRef)
  }
  if (node.nullable !== true) return copy
  return { anyOf: [copy, { type: 'null' }] }
}

// Maps property names to schemas: a property may well be called "description" or "nullable".
function convertNameMap(node: unknown, noteRef: (ref: string) => void): unknown {
  if (!isJsonObject(node)) return node
  return Object.fromEntries(Object.entries(node).map(([name, schema]) => [name, convert(schema, noteRef)]))
}

function resolvePath(document: JsonObject, path: string[]): unknown {
  let node: unknown = document
  for (const key of path) node = isJsonObject(node) ? node[key] : undefined
  return node
}

function setPath(target: JsonObject, path: string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    if (isJsonObject(next)) {
      node = next
    } else {
      const created: JsonObject = {}
      node[key] = created
      node = created
    }
  }
  const last = path[path.length - 1]
  if (last !== undefined) node[last] = value
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~')
}
