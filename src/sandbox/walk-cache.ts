// Folder walks that run before every sandboxed command (sockets under HOME, git folders in the
// workspace) give the same answer while none of the folders they read has changed: creating,
// removing or renaming an entry changes its folder's mtime. A cached answer is reused only after
// every folder it read still has the mtime it had, and never when a folder changed so recently
// that a change in the same clock tick could go unseen (git's "racy" rule): then the walk runs again.
import fs from 'node:fs'

/** Coarse file timestamps tick every few milliseconds; anything this recent is not trusted. */
const RACY_MS = 100

interface Entry<T> {
  folders: Map<string, number>
  value: T
}

export class WalkCache<T> {
  private readonly entries = new Map<string, Entry<T>>()

  /** The cached answer for `key`, if every folder it read is unchanged. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    for (const [folder, mtime] of entry.folders) {
      if (mtimeOf(folder) !== mtime) {
        this.entries.delete(key)
        return undefined
      }
    }
    return entry.value
  }

  /** Keeps `value`, read from `folders` by a walk that started at `startedAt` (Date.now()). */
  set(key: string, folders: Iterable<string>, value: T, startedAt: number): void {
    const seen = new Map<string, number>()
    for (const folder of folders) {
      const mtime = mtimeOf(folder)
      if (mtime === undefined || mtime >= startedAt - RACY_MS) return
      seen.set(folder, mtime)
    }
    this.entries.set(key, { folders: seen, value })
  }
}

function mtimeOf(folder: string): number | undefined {
  try {
    return fs.statSync(folder).mtimeMs
  } catch {
    return undefined
  }
}
