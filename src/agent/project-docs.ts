// AGENTS.md discovery as Codex does it: every AGENTS.md from the repository root down to the
// working folder, outermost first, so deeper files can refine broader ones. The total is capped by
// `project_doc_max_bytes` because the text is resent on every turn.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

export interface ProjectDoc {
  path: string
  text: string
}

export async function loadProjectDocs(workingDir: string, maxBytes: number): Promise<ProjectDoc[]> {
  if (maxBytes <= 0) return []
  const root = await findRepoRoot(workingDir)
  const docs: ProjectDoc[] = []
  let remaining = maxBytes
  for (const dir of foldersFromRootTo(root, workingDir)) {
    const file = path.join(dir, 'AGENTS.md')
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text === undefined || text.trim() === '') continue
    const bytes = Buffer.from(text)
    const kept = bytes.length > remaining ? bytes.subarray(0, remaining).toString('utf8') : text
    docs.push({ path: file, text: kept })
    remaining -= Math.min(bytes.length, remaining)
    if (remaining <= 0) break
  }
  return docs
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
