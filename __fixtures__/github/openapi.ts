// GitHub's published OpenAPI description as a router and a validator for the fake server. The spec
// is 13 MB (3 MB without what only people read: openapi-cache.ts), so it is parsed once per
// process, and each operation's schemas are compiled only when a test first uses that operation, from a self-contained copy holding just the components it reaches
// (handing ajv the whole document costs a quarter of a second of traversal on every start).
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { cachedValidator, loadDescription } from './openapi-cache.js'
import { toJsonSchema, type JsonObject, isJsonObject } from './schema.js'

export type SpecVariant = 'api.github.com' | 'ghes-3.19'

export interface Operation {
  method: string
  template: string
  operationId: string
  segments: string[]
  definition: JsonObject
}

export interface RouteMatch {
  operation: Operation
  params: Record<string, string>
}

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
// Formats GitHub uses that ajv-formats does not know: accept any value rather than warn.
const LENIENT_FORMATS = ['int64', 'int32', 'double', 'repo.nwo', 'binary', 'uri-template', 'timestamp']
// Parameters whose values may hold slashes sent unencoded (`git/ref/heads/main`, `contents/a/b.ts`).
const SLASHED_PARAMETERS = new Set(['{ref}', '{path}', '{basehead}', '{branch}'])
const specsByVariant = new Map<SpecVariant, OpenApiSpec>()

export class OpenApiSpec {
  private readonly operationsByLength = new Map<number, Operation[]>()
  private readonly validators = new Map<string, ValidateFunction | null>()
  private readonly requestAjv = newAjv(false)
  private readonly queryAjv = newAjv(true)

  private constructor(
    private readonly document: JsonObject,
    private readonly validatorFolder: string,
  ) {
    const paths = isJsonObject(document.paths) ? document.paths : {}
    for (const [template, pathItem] of Object.entries(paths)) {
      if (!isJsonObject(pathItem)) continue
      for (const [method, definition] of Object.entries(pathItem)) {
        if (!isJsonObject(definition) || !('responses' in definition)) continue
        const segments = template.split('/').slice(1)
        const operationId = typeof definition.operationId === 'string' ? definition.operationId : template
        const operation = { method: method.toUpperCase(), template, operationId, segments, definition }
        const sameLength = this.operationsByLength.get(segments.length) ?? []
        sameLength.push(operation)
        this.operationsByLength.set(segments.length, sameLength)
      }
    }
  }

  /** The parsed description of api.github.com or a GHES release, shared by every server in the process. */
  static load(variant: SpecVariant = 'api.github.com'): OpenApiSpec {
    const cached = specsByVariant.get(variant)
    if (cached) return cached
    const { document, validators } = loadDescription(variant)
    const spec = new OpenApiSpec(document, validators)
    specsByVariant.set(variant, spec)
    return spec
  }

  /** The operation a request addresses; path parameters come back percent-decoded. */
  match(method: string, pathname: string): RouteMatch | undefined {
    const rawSegments = pathname.split('/').slice(1)
    const exact = this.bestMatch(method, rawSegments, this.operationsByLength.get(rawSegments.length) ?? [])
    if (exact) return exact
    // A client may send a ref or file path with raw slashes; let the final parameter absorb them.
    for (let length = rawSegments.length - 1; length >= 1; length--) {
      const candidates = (this.operationsByLength.get(length) ?? []).filter((op) =>
        SLASHED_PARAMETERS.has(op.segments[length - 1] ?? ''),
      )
      const joined = [...rawSegments.slice(0, length - 1), rawSegments.slice(length - 1).join('%2F')]
      const spanning = this.bestMatch(method, joined, candidates)
      if (spanning) return spanning
    }
    return undefined
  }

  /** Schema errors in the query string and JSON body of a request; empty when it is valid. */
  validateRequest(match: RouteMatch, query: URLSearchParams, body: unknown): string[] {
    const errors: string[] = []
    const parameters = this.parametersOf(match.operation)
    const known = new Set(parameters.map((parameter) => parameter.name))
    for (const name of new Set(query.keys())) {
      if (!known.has(name)) errors.push(`query parameter "${name}" is not defined for this operation`)
    }
    const queryObject: Record<string, unknown> = {}
    for (const parameter of parameters.filter((p) => p.in === 'query')) {
      const values = query.getAll(parameter.name)
      if (values.length > 0) queryObject[parameter.name] = values.length === 1 ? values[0] : values
    }
    errors.push(...this.run(match.operation, 'query', queryObject, () => this.querySchema(parameters)))
    const bodySchema = this.lookup(match.operation.definition, [
      'requestBody',
      'content',
      'application/json',
      'schema',
    ])
    const required = this.lookup(match.operation.definition, ['requestBody', 'required']) === true
    if (body === undefined) {
      if (required && bodySchema) errors.push('request body is required')
      return errors
    }
    if (!bodySchema) return errors
    errors.push(...this.run(match.operation, 'body', body, () => bodySchema))
    errors.push(...unknownFields(bodySchema, body))
    return errors
  }

  /** Schema errors in a JSON response; statuses the description does not document are not checked. */
  validateResponse(match: RouteMatch, status: number, body: unknown): string[] {
    const responses = this.lookup(match.operation.definition, ['responses'])
    if (!isJsonObject(responses)) return []
    const documented = responses[String(status)] ?? responses.default
    if (documented === undefined) {
      return status < 300 ? [`status ${status} is not documented for this operation`] : []
    }
    const response = this.deref(documented)
    const content = isJsonObject(response) ? response.content : undefined
    // GitHub answers every error with its JSON error body, even where the description lists the
    // status without content (e.g. 422 on pulls/request-reviewers).
    if (!isJsonObject(content))
      return body === undefined || status >= 400 ? [] : [`status ${status} documents no body`]
    const jsonType = Object.keys(content).find((type) => /json/.test(type))
    if (!jsonType) return []
    const schema = this.lookup(content, [jsonType, 'schema'])
    if (!schema) return []
    return this.run(match.operation, `response ${status}`, body, () => schema)
  }

  private bestMatch(method: string, segments: string[], candidates: Operation[]): RouteMatch | undefined {
    let best: Operation | undefined
    for (const operation of candidates) {
      if (operation.method !== method) continue
      if (!operation.segments.every((part, i) => part.startsWith('{') || part === segments[i])) continue
      if (!best || moreSpecific(operation, best)) best = operation
    }
    if (!best) return undefined
    const params: Record<string, string> = {}
    best.segments.forEach((part, i) => {
      if (part.startsWith('{')) params[part.slice(1, -1)] = safeDecode(segments[i] ?? '')
    })
    return { operation: best, params }
  }

  private run(operation: Operation, part: string, data: unknown, schema: () => unknown): string[] {
    const key = `${operation.method} ${operation.template} ${part}`
    let validate = this.validators.get(key)
    if (validate === undefined) {
      const raw = schema()
      const ajv = part === 'query' ? this.queryAjv : this.requestAjv
      validate =
        raw === undefined
          ? null
          : cachedValidator(ajv, this.validatorFolder, key, () => toJsonSchema(raw, this.document))
      this.validators.set(key, validate)
    }
    if (!validate || validate(data)) return []
    return (validate.errors ?? []).map(
      (error) => `${part}${error.instancePath || ''} ${error.message ?? 'is invalid'}`,
    )
  }

  private parametersOf(
    operation: Operation,
  ): Array<{ name: string; in: string; schema: unknown; required: boolean }> {
    const list = operation.definition.parameters
    if (!Array.isArray(list)) return []
    return list
      .map((entry) => this.deref(entry))
      .filter(isJsonObject)
      .map((parameter) => ({
        name: String(parameter.name),
        in: String(parameter.in),
        schema: parameter.schema,
        required: parameter.required === true,
      }))
  }

  private querySchema(parameters: ReturnType<OpenApiSpec['parametersOf']>): JsonObject {
    const queryParameters = parameters.filter((parameter) => parameter.in === 'query')
    return {
      type: 'object',
      properties: Object.fromEntries(
        queryParameters.map((parameter) => [parameter.name, parameter.schema ?? {}]),
      ),
      required: queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    }
  }

  private lookup(start: unknown, keys: string[]): unknown {
    let node = this.deref(start)
    for (const key of keys) {
      if (!isJsonObject(node)) return undefined
      node = this.deref(node[key])
    }
    return node
  }

  private deref(node: unknown): unknown {
    let current = node
    while (isJsonObject(current) && typeof current.$ref === 'string') {
      current = this.lookupPointer(current.$ref)
    }
    return current
  }

  private lookupPointer(ref: string): unknown {
    let node: unknown = this.document
    for (const key of ref.replace(/^#\//, '').split('/')) {
      if (!isJsonObject(node)) return undefined
      node = node[key.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    return node
  }
}

// GitHub ignores body fields it does not know, so a misspelt or misplaced field would silently do
// nothing; the fake reports it instead.
function unknownFields(schema: unknown, body: unknown): string[] {
  if (!isJsonObject(schema) || !isJsonObject(schema.properties) || schema.additionalProperties !== undefined)
    return []
  if (!isJsonObject(body)) return []
  const known = schema.properties
  return Object.keys(body)
    .filter((name) => !(name in known))
    .map((name) => `body has unknown field "${name}"`)
}

function newAjv(coerceTypes: boolean): Ajv {
  // `code.source` keeps each validator's code, which openapi-cache.ts stores for the next process.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    coerceTypes,
    code: { source: true },
  })
  addFormats(ajv)
  for (const format of LENIENT_FORMATS) ajv.addFormat(format, true)
  return ajv
}

// `/pulls/comments` must win over `/pulls/{pull_number}`: the earliest literal segment decides.
function moreSpecific(candidate: Operation, current: Operation): boolean {
  for (let i = 0; i < candidate.segments.length; i++) {
    const candidateLiteral = !candidate.segments[i]?.startsWith('{')
    const currentLiteral = !current.segments[i]?.startsWith('{')
    if (candidateLiteral !== currentLiteral) return candidateLiteral
  }
  return false
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
