// Real temporary workspaces for the apply_patch tests: create files, read the whole tree back.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const created: string[] = []

/** A fresh folder holding `files` (relative path → content); removed by `removeWorkspaces`. */
export async function makeWorkspace(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'apply-patch-test-'))
  created.push(root)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
  return root
}

export async function removeWorkspaces(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })))
}

/** Every regular file under `root` (symlinks not followed), relative path → content. */
export async function readTree(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile())
        tree[path.relative(root, full).split(path.sep).join('/')] = await readFile(full, 'utf8')
    }
  }
  await walk(root)
  return tree
}

/** A patch from its body lines. */
export function patchOf(...lines: string[]): string {
  return ['*** Begin Patch', ...lines, '*** End Patch'].join('\n')
}
