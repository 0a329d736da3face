// Parsers for git's NUL-separated (`-z`) outputs: paths arrive verbatim, whatever characters the
// model put in a file name.

export interface WorkingChange {
  path: string
  kind: 'added' | 'modified' | 'deleted' | 'type-changed'
  /** An untracked folder holding its own `.git` (git lists it as `dir/` and will not look inside). */
  nestedRepo: boolean
}

export interface ChangedFile {
  path: string
  /** Lines added and removed; 0 and 0 for a binary file. */
  additions: number
  deletions: number
  binary: boolean
  /** Set for a rename: where the file came from. */
  previousPath?: string | undefined
}

export interface StagedEntry {
  path: string
  status: 'added' | 'modified' | 'deleted' | 'type-changed'
  /** Git's mode: 100644, 100755, 120000 (symlink), 160000 (submodule); '000000' when deleted. */
  mode: string
  /** The new blob (or commit, for a submodule); zeros when deleted. */
  sha: string
}

/** `git status --porcelain=v1 -z --no-renames`: `XY path\0` records. */
export function parseStatus(output: string): WorkingChange[] {
  const changes: WorkingChange[] = []
  for (const record of output.split('\0')) {
    if (record.length < 4) continue
    const code = record.slice(0, 2)
    const file = record.slice(3)
    const letter = code === '??' ? 'A' : code[1] !== ' ' ? code[1] : code[0]
    const kind =
      letter === 'D' ? 'deleted' : letter === 'A' ? 'added' : letter === 'T' ? 'type-changed' : 'modified'
    const nestedRepo = code === '??' && file.endsWith('/')
    changes.push({ path: nestedRepo ? file.slice(0, -1) : file, kind, nestedRepo })
  }
  return changes
}

/** `git diff --numstat -z -M`: `add\tdel\tpath\0`, or `add\tdel\t\0old\0new\0` for a rename. */
export function parseNumstat(output: string): ChangedFile[] {
  const fields = output.split('\0')
  const files: ChangedFile[] = []
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] ?? ''
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(field)
    if (!match) continue
    const binary = match[1] === '-'
    const counts = {
      additions: binary ? 0 : Number(match[1]),
      deletions: binary ? 0 : Number(match[2]),
      binary,
    }
    if (match[3] !== '') {
      files.push({ path: match[3] ?? '', ...counts })
      continue
    }
    const previousPath = fields[index + 1] ?? ''
    const current = fields[index + 2] ?? ''
    index += 2
    files.push({ path: current, ...counts, previousPath })
  }
  return files
}

/** `git diff --raw -z --no-renames --no-abbrev`: `:old new oldsha newsha S\0path\0` pairs. */
export function parseRawDiff(output: string): StagedEntry[] {
  const fields = output.split('\0')
  const entries: StagedEntry[] = []
  for (let index = 0; index < fields.length - 1; index++) {
    const meta = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(fields[index] ?? '')
    if (!meta) continue
    const file = fields[index + 1] ?? ''
    index += 1
    const letter = meta[5]
    const status =
      letter === 'D' ? 'deleted' : letter === 'A' ? 'added' : letter === 'T' ? 'type-changed' : 'modified'
    entries.push({ path: file, status, mode: meta[2] ?? '', sha: meta[4] ?? '' })
  }
  return entries
}
