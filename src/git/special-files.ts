// Files git cannot commit and may block on. A FIFO where git expects a file (`.gitattributes`,
// `x/.git/HEAD` of an untracked folder) makes `git status` wait forever for a writer; a socket or
// device is no better. The agent's commands can make any of them, so the work tree is searched
// before git looks at it, and the publish stops, naming them, instead of hanging.
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface SpecialFile {
  /** Relative to the workspace, with `/` separators. */
  path: string
  kind: 'FIFO' | 'socket' | 'device'
}

/** Past this many entries the search stops (what it found so far is still reported). */
const MAX_ENTRIES = 500_000

export class SpecialFilesError extends Error {
  constructor(readonly files: SpecialFile[]) {
    const listed = files
      .slice(0, 10)
      .map((file) => `${JSON.stringify(file.path)} (${file.kind})`)
      .join(', ')
    const more = files.length > 10 ? ` and ${files.length - 10} more` : ''
    super(
      `the workspace holds files that are not regular files, folders or symbolic links: ${listed}${more}. ` +
        'Git would wait on them forever and cannot commit them, so nothing was published; the commands the agent ran made them.',
    )
    this.name = 'SpecialFilesError'
  }
}

/** Every FIFO, socket and device under `workspace`, except inside its own `.git`; links are not followed. */
export async function findSpecialFiles(workspace: string): Promise<SpecialFile[]> {
  const found: SpecialFile[] = []
  const pending: string[] = ['']
  let seen = 0
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const relative = pending.pop() ?? ''
    // One readdir per folder (not an entry-by-entry iterator): the walk runs before every session
    // save, and on a large repository the iterator's per-entry cost was most of it.
    const entries = await readdir(path.join(workspace, relative), { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      seen += 1
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) {
        if (child !== '.git') pending.push(child)
      } else if (entry.isFIFO()) found.push({ path: child, kind: 'FIFO' })
      else if (entry.isSocket()) found.push({ path: child, kind: 'socket' })
      else if (entry.isBlockDevice() || entry.isCharacterDevice()) found.push({ path: child, kind: 'device' })
    }
  }
  return found
}

/** Throws a SpecialFilesError naming them when the workspace holds any. */
export async function refuseSpecialFiles(workspace: string): Promise<void> {
  const found = await findSpecialFiles(workspace)
  if (found.length > 0) throw new SpecialFilesError(found)
}
