// The publish job trusts nothing in a bundle: it was written by a job that ran the model. These
// checks read bundle.json field by field and every path a patch touches, before git sees either.
import type { ChangedFile, LeftOut, LeftOutKind } from '../git/index.js'
import type { AgentCommand } from './body.js'
import { PublishError } from './errors.js'

export const BUNDLE_VERSION = 1
export const MAX_PATCH_BYTES = 50 * 1024 * 1024
export const MAX_JSON_BYTES = 5 * 1024 * 1024
export const MAX_SESSION_BYTES = 50 * 1024 * 1024

/** Which task a bundle answers; the publish job compares it with its own trigger. */
export interface TaskSummary {
  source: string
  /** The issue or PR number, for comment and issue triggers. */
  number?: number | undefined
  commentId?: number | undefined
  runId?: number | undefined
}

export interface BundleManifest {
  version: typeof BUNDLE_VERSION
  /** `owner/repo` the agent ran on. */
  repo: string
  task: TaskSummary
  startSha: string
  createdAt: string
  agent: { message: string; commands: AgentCommand[]; footer: string }
  leftOut: LeftOut[]
  changedFiles: ChangedFile[]
  patch: BundleFile
  /** The run's session record (session/record.ts), for the publish job to save; absent without a thread. */
  session?: BundleFile | undefined
}

/** A file of the bundle beside bundle.json, pinned by its size and digest. */
export interface BundleFile {
  file: string
  bytes: number
  sha256: string
}

const LEFT_OUT_KINDS: readonly LeftOutKind[] = [
  'workflow',
  'too-large',
  'symlink',
  'nested-repo',
  'git-dir',
  'secret',
]

function invalid(problem: string): PublishError {
  return new PublishError('invalid-bundle', `the bundle was refused: ${problem}; nothing was pushed`)
}

type Json = Record<string, unknown>

function object(value: unknown, name: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(`${name} is not an object`)
  return value as Json
}

function text(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string') throw invalid(`${name} is not a string`)
  if (value.length > max) throw invalid(`${name} is longer than ${max} characters`)
  return value
}

function integer(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw invalid(`${name} is not a whole number`)
  return value
}

function optionalInteger(value: unknown, name: string): number | undefined {
  return value === undefined ? undefined : integer(value, name)
}

function list<T>(value: unknown, name: string, max: number, item: (entry: unknown, name: string) => T): T[] {
  if (!Array.isArray(value)) throw invalid(`${name} is not a list`)
  if (value.length > max) throw invalid(`${name} has more than ${max} entries`)
  return value.map((entry, index) => item(entry, `${name}[${index}]`))
}

/** bundle.json, field by field; anything unexpected refuses the whole bundle. */
export function parseManifest(raw: string): BundleManifest {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    throw invalid('bundle.json is not JSON')
  }
  const root = object(data, 'bundle.json')
  if (root.version !== BUNDLE_VERSION)
    throw invalid(`bundle.json has version ${String(root.version)}, expected ${BUNDLE_VERSION}`)
  const startSha = text(root.startSha, 'startSha', 64)
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(startSha)) throw invalid('startSha is not a commit sha')
  const createdAt = text(root.createdAt, 'createdAt', 40)
  if (Number.isNaN(Date.parse(createdAt))) throw invalid('createdAt is not a date')
  const task = object(root.task, 'task')
  const agent = object(root.agent, 'agent')
  return {
    version: BUNDLE_VERSION,
    repo: text(root.repo, 'repo', 200),
    task: {
      source: text(task.source, 'task.source', 50),
      number: optionalInteger(task.number, 'task.number'),
      commentId: optionalInteger(task.commentId, 'task.commentId'),
      runId: optionalInteger(task.runId, 'task.runId'),
    },
    startSha,
    createdAt,
    agent: {
      message: text(agent.message, 'agent.message', 200_000),
      footer: text(agent.footer, 'agent.footer', 2_000),
      commands: list(agent.commands, 'agent.commands', 2_000, (entry, name) => {
        const command = object(entry, name)
        const exitCode = command.exitCode === null ? null : integer(command.exitCode, `${name}.exitCode`)
        return {
          command: text(command.command, `${name}.command`, 20_000),
          exitCode,
          status: text(command.status, `${name}.status`, 200),
        }
      }),
    },
    leftOut: list(root.leftOut, 'leftOut', 10_000, (entry, name) => {
      const item = object(entry, name)
      const kind = text(item.kind, `${name}.kind`, 20) as LeftOutKind
      if (!LEFT_OUT_KINDS.includes(kind)) throw invalid(`${name}.kind is not a known reason`)
      return {
        path: text(item.path, `${name}.path`, 4_096),
        reason: text(item.reason, `${name}.reason`, 500),
        kind,
      }
    }),
    changedFiles: list(root.changedFiles, 'changedFiles', 100_000, (entry, name) => {
      const file = object(entry, name)
      const previousPath =
        file.previousPath === undefined ? undefined : text(file.previousPath, `${name}.previousPath`, 4_096)
      return {
        path: text(file.path, `${name}.path`, 4_096),
        additions: integer(file.additions, `${name}.additions`),
        deletions: integer(file.deletions, `${name}.deletions`),
        binary: file.binary === true,
        ...(previousPath === undefined ? {} : { previousPath }),
      }
    }),
    patch: bundleFile(root.patch, 'patch'),
    session: root.session === undefined ? undefined : bundleFile(root.session, 'session'),
  }
}

function bundleFile(value: unknown, name: string): BundleFile {
  const entry = object(value, name)
  const file = text(entry.file, `${name}.file`, 100)
  if (!/^[A-Za-z0-9._-]+$/.test(file) || file.startsWith('.') || file === 'bundle.json')
    throw invalid(`${name}.file is not a plain file name`)
  const sha256 = text(entry.sha256, `${name}.sha256`, 64)
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw invalid(`${name}.sha256 is not a sha-256`)
  return { file, bytes: integer(entry.bytes, `${name}.bytes`), sha256 }
}

/** Every path a git patch names, read only from its headers (never from hunk lines). */
export function patchPaths(patch: string): string[] {
  const paths: string[] = []
  let inHeader = false
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      inHeader = true
      paths.push(...gitHeaderPaths(line.slice('diff --git '.length)))
      continue
    }
    if (!inHeader) continue
    if (line.startsWith('@@') || line.startsWith('GIT binary patch') || line.startsWith('Binary files ')) {
      inHeader = false
      continue
    }
    const named = /^(---|\+\+\+|rename from|rename to|copy from|copy to) (.*)$/.exec(line)
    if (!named) continue
    const raw = named[2] ?? ''
    if (raw === '/dev/null') continue
    const file = unquote(raw)
    paths.push(named[1] === '---' || named[1] === '+++' ? stripSide(file) : file)
  }
  return [...new Set(paths)]
}

function gitHeaderPaths(rest: string): string[] {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest)
    const second = rest.slice(first.length + 1)
    return [stripSide(unquote(first)), stripSide(unquote(second.trim()))]
  }
  // Unquoted `a/<p> b/<p>`: the same path twice (the patches we write have no renames).
  const half = (rest.length - 5) / 2
  const candidate = rest.slice(2, 2 + half)
  if (Number.isInteger(half) && rest === `a/${candidate} b/${candidate}`) return [candidate]
  throw invalid(`the patch header 'diff --git ${rest.slice(0, 200)}' cannot be read`)
}

function stripSide(file: string): string {
  if (file.startsWith('a/') || file.startsWith('b/')) return file.slice(2)
  throw invalid(`the patch path '${file.slice(0, 200)}' lacks its a/ or b/ side`)
}

function readQuoted(text: string): string {
  let index = 1
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1
  return text.slice(0, index + 1)
}

/** Git's C-style quoting: `"a/\303\251t\303\251.txt"` → bytes → UTF-8. */
function unquote(raw: string): string {
  if (!raw.startsWith('"')) return raw
  const body = raw.slice(1, raw.endsWith('"') ? -1 : undefined)
  const bytes: number[] = []
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 }
  for (let index = 0; index < body.length; index++) {
    const char = body[index] ?? ''
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = body[index + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1, index + 4))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 3
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Relative, inside the repository, and outside any `.git` folder. */
export function unsafePathReason(file: string): string | undefined {
  if (file === '' || file.includes('\0')) return 'is empty or holds a NUL byte'
  if (file.startsWith('/')) return 'is absolute'
  const segments = file.split('/')
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === ''))
    return 'leaves the repository'
  if (segments.some((segment) => segment.toLowerCase() === '.git')) return 'is inside .git'
  return undefined
}
