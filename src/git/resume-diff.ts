// The workspace's changes as one binary-safe patch, and back: a run that pauses for approval carries
// what the agent did so far, and the resumed run (a fresh checkout) puts it back before going on.
// Both go through the GitClient, so the checkout's own git config is never read.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createGitClient } from './client.js'

interface DiffOptions {
  tempRoot?: string | undefined
}

/** `git diff --binary` of the work tree (new files included) against `startSha`; '' when unchanged. */
export async function captureWorkspaceDiff(
  workspace: string,
  startSha: string,
  options: DiffOptions = {},
): Promise<string> {
  return withPatchFile(workspace, startSha, options, async (git, file) => {
    await git.stage((await git.workingChanges()).map((change) => change.path))
    await git.writePatch(file)
    return fs.readFile(file, 'utf8')
  })
}

/** Applies a patch from captureWorkspaceDiff to the work tree; throws when it does not apply. */
export async function applyWorkspaceDiff(
  workspace: string,
  startSha: string,
  diff: string,
  options: DiffOptions = {},
): Promise<void> {
  if (diff.trim() === '') return
  await withPatchFile(workspace, startSha, options, async (git, file) => {
    await fs.writeFile(file, diff)
    await git.applyPatch(file, 'work-tree')
  })
}

async function withPatchFile<T>(
  workspace: string,
  startSha: string,
  options: DiffOptions,
  use: (git: Awaited<ReturnType<typeof createGitClient>>, file: string) => Promise<T>,
): Promise<T> {
  const folder = await fs.mkdtemp(path.join(options.tempRoot ?? os.tmpdir(), 'codex-resume-'))
  const git = await createGitClient(workspace, { startSha, tempRoot: options.tempRoot })
  try {
    return await use(git, path.join(folder, 'resume.patch'))
  } finally {
    await git.close()
    await fs.rm(folder, { recursive: true, force: true })
  }
}
