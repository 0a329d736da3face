// AGENTS.md discovery as Codex does it: the user's global `$CODEX_HOME/AGENTS.md`, then one doc per
// folder from the repository root down to the working folder, outermost first, so deeper files can
// refine broader ones. In each folder the first of AGENTS.override.md, AGENTS.md and the configured
// fallback names (e.g. CLAUDE.md) is read. The project docs are capped by `project_doc_max_bytes`,
// spent root first, because the text is resent on every turn; the global doc is not counted.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

export interface ProjectDoc {
  path: string
  text: string
  /** `$CODEX_HOME/AGENTS.md`: the user's own instructions, put before the project's. */
  global?: boolean | undefined
}

export interface ProjectDocOptions {
  /** `$CODEX_HOME`, for the global AGENTS.override.md / AGENTS.md; none in the action. */
  codexHome?: string | undefined
  /** `project_doc_fallback_filenames`: plain file names, tried after AGENTS.md in each folder. */
  fallbackFilenames?: readonly string[] | undefined
}

const OVERRIDE_NAME = 'AGENTS.override.md'
const DEFAULT_NAME = 'AGENTS.md'

export async function loadProjectDocs(
  workingDir: string,
  maxBytes: number,
  options: ProjectDocOptions = {},
): Promise<ProjectDoc[]> {
  const global = options.codexHome === undefined ? undefined : await loadGlobalDoc(options.codexHome)
  const docs: ProjectDoc[] = global ? [global] : []
  if (maxBytes <= 0) return docs
  const names = projectDocNames(options.fallbackFilenames ?? [])
  const root = await findRepoRoot(workingDir)
  let remaining = maxBytes
  for (const dir of foldersFromRootTo(root, workingDir)) {
    if (remaining <= 0) break
    const file = await firstFile(dir, names)
    if (file === undefined) continue
    const bytes = await readFile(file).catch(() => undefined)
    if (bytes === undefined) continue
    const kept = bytes.length > remaining ? bytes.subarray(0, remaining) : bytes
    const text = kept.toString('utf8')
    if (text.trim() === '') continue
    docs.push({ path: file, text })
    remaining -= kept.length
  }
  return docs
}

/** `$CODEX_HOME/AGENTS.override.md`, else `$CODEX_HOME/AGENTS.md`: the first that is not blank. */
async function loadGlobalDoc(codexHome: string): Promise<ProjectDoc | undefined> {
  for (const name of [OVERRIDE_NAME, DEFAULT_NAME]) {
    const file = path.join(codexHome, name)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text !== undefined && text.trim() !== '') return { path: file, text: text.trim(), global: true }
  }
  return undefined
}

/** The names tried in each folder, in order; the action reads the same ones through the API. */
export function projectDocNames(fallbacks: readonly string[]): string[] {
  return [...new Set([OVERRIDE_NAME, DEFAULT_NAME, ...fallbacks.filter((name) => name !== '')])]
}

/** The first candidate that is a file: an override shadows AGENTS.md in its own folder only. */
async function firstFile(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile()) return file
  }
  return undefined
}

/** The nearest ancestor holding `.git` (folder or file, for worktrees); else the folder itself. */
async function findRepoRoot(start: string): Promise<string> {
  let dir = path.resolve(start)
  for (;;) {
    if (await exists(path.join(dir, '.git'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(start)
    dir = parent
  }
}

function foldersFromRootTo(root: string, target: string): string[] {
  const relative = path.relative(root, path.resolve(target))
  const parts = relative === '' ? [] : relative.split(path.sep)
  return [root, ...parts.map((_, i) => path.join(root, ...parts.slice(0, i + 1)))]
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}
