// Edits made through the shell (`sed -i`, `cat > f <<EOF`, `python -c "open(...).write"`): models
// that drift to them are slower and their edits were invisible to the file-change report. Around a
// command that is not a build, test or formatter, the workspace's files are fingerprinted (size,
// mtime, inode) before and after; what changed is reported as a file change, and the model is
// reminded once per run, in that command's output, to use apply_patch.
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { AgentEventItem, FileChangeKind } from '../protocol/events.js'
import { commandWords } from '../sandbox/command-words.js'
import type { ShellEditTracker, ToolContext, ToolResult } from './types.js'

/** Programs whose writes are expected: builds, tests, package managers, formatters, git. */
const EXPECTED_WRITERS = new Set([
  'npm',
  'npx',
  'yarn',
  'pnpm',
  'bun',
  'make',
  'cmake',
  'ninja',
  'cargo',
  'go',
  'gradle',
  'mvn',
  'pytest',
  'tox',
  'jest',
  'vitest',
  'mocha',
  'tsc',
  'eslint',
  'prettier',
  'black',
  'ruff',
  'isort',
  'gofmt',
  'rustfmt',
  'clang-format',
  'git',
  'pip',
  'pip3',
  'uv',
  'poetry',
  'bundle',
  'rake',
  'dotnet',
  'apply_patch',
  'applypatch',
])
// Fingerprinting a huge tree around every command would cost more than it tells.
const MAX_FILES = 5000
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])

export const SHELL_EDIT_REMINDER =
  'Note: this command edited files in the workspace. Edit files with the apply_patch tool instead: ' +
  'it is checked, faster, and shows in the report of changed files.'

/** True when the command may be an edit worth watching (not a build, test or formatter). */
export function mayEditFiles(argv: readonly string[]): boolean {
  const words = commandWords(argv)
  if (!words.ok) return true
  return words.commands.some((command) => {
    const program = path.basename(command[0] ?? '')
    if (program === 'node' || program.startsWith('python')) {
      // `node --test`, `python -m pytest|unittest` are tests; a script or -c/-e may write anything.
      return !(command.includes('--test') || command.includes('pytest') || command.includes('unittest'))
    }
    return !EXPECTED_WRITERS.has(program)
  })
}

export type Fingerprints = Map<string, string>

/** size:mtime:inode of every file under `root` (not .git/ or node_modules/); undefined when too many. */
export async function fingerprint(root: string): Promise<Fingerprints | undefined> {
  const prints: Fingerprints = new Map()
  const pending = ['']
  while (pending.length > 0) {
    const folder = pending.pop() as string
    const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(relative)
        continue
      }
      const info = await lstat(path.join(root, relative)).catch(() => undefined)
      if (info === undefined) continue
      prints.set(relative, `${info.size}:${info.mtimeMs}:${info.ino}`)
      if (prints.size > MAX_FILES) return undefined
    }
  }
  return prints
}

export function changesBetween(
  before: Fingerprints,
  after: Fingerprints,
): { path: string; kind: FileChangeKind }[] {
  const changes: { path: string; kind: FileChangeKind }[] = []
  for (const [file, print] of after) {
    const old = before.get(file)
    if (old === undefined) changes.push({ path: file, kind: 'add' })
    else if (old !== print) changes.push({ path: file, kind: 'update' })
  }
  for (const file of before.keys()) if (!after.has(file)) changes.push({ path: file, kind: 'delete' })
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * The file-change item for a command's edits, and the reminder to add to its output (once per
 * run); undefined when nothing changed.
 */
export function reportShellEdits(
  changes: { path: string; kind: FileChangeKind }[],
  tracker: ShellEditTracker,
  itemId: string,
): { item: AgentEventItem; reminder: string | undefined } | undefined {
  if (changes.length === 0) return undefined
  tracker.count += 1
  const reminder = tracker.reminded ? undefined : SHELL_EDIT_REMINDER
  tracker.reminded = true
  return { item: { id: `${itemId}_edits`, type: 'file_change', changes, status: 'completed' }, reminder }
}

/** Runs a command, watching for edits it makes to the workspace when it is not a build or test. */
export async function watchShellEdits(
  argv: readonly string[],
  context: ToolContext,
  run: () => Promise<ToolResult>,
): Promise<ToolResult> {
  const tracker = context.shellEdits
  if (tracker === undefined || context.policy.mode === 'read-only' || !mayEditFiles(argv)) return run()
  const before = await fingerprint(context.workspace)
  const result = await run()
  const after = before === undefined ? undefined : await fingerprint(context.workspace)
  if (before === undefined || after === undefined) return result
  const report = reportShellEdits(changesBetween(before, after), tracker, context.itemId)
  if (report === undefined) return result
  const output = report.reminder === undefined ? result.output : `${result.output}\n${report.reminder}`
  return { ...result, output, extraItems: [...(result.extraItems ?? []), report.item] }
}
