// The workspace's changes as one binary-safe patch, and back: a run that pauses for approval carries
// what the agent did so far, and the resumed run (a fresh checkout) puts it back before going on.
// Both go through the GitClient, so the checkout's own git config is never read.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createGitClient } from './client.js'
import type { GitClient } from './client.js'

interface DiffOptions {
  tempRoot?: string | undefined
}

/** `git diff --binary` of the work tree (new files included) against `startSha`; '' when unchanged. */
export async function captureWorkspaceDiff(
  workspace: string,
  startSha: string,
  options: DiffOptions = {},
): Promise<string> {
  const differ = new WorkspaceDiffer(workspace, startSha, options)
  try {
    return await differ.diff()
  } finally {
    await differ.close()
  }
}

/**
 * The same diff, taken again and again during a run (a session save after each turn). One scratch
 * git dir serves every call, so its index keeps each file's stat data: a later diff hashes only
 * what changed since the one before, not the whole work tree (seconds on a large repository).
 */
export class WorkspaceDiffer {
  private client: Promise<GitClient> | undefined

  constructor(
    private readonly workspace: string,
    private readonly startSha: string,
    private readonly options: DiffOptions = {},
  ) {}

  async diff(): Promise<string> {
    const git = await this.open()
    const folder = await fs.mkdtemp(path.join(this.options.tempRoot ?? os.tmpdir(), 'codex-diff-'))
    try {
      await git.unstageAll()
      await git.stage((await git.workingChanges()).map((change) => change.path))
      const file = path.join(folder, 'workspace.patch')
      await git.writePatch(file)
      return await fs.readFile(file, 'utf8')
    } finally {
      await fs.rm(folder, { recursive: true, force: true })
    }
  }

  private open(): Promise<GitClient> {
    const opening = (this.client ??= createGitClient(this.workspace, {
      startSha: this.startSha,
      tempRoot: this.options.tempRoot,
    }))
    // A client that could not open is not kept: the next diff tries again.
    return opening.catch((error: unknown) => {
      if (this.client === opening) this.client = undefined
      throw error
    })
  }

  async close(): Promise<void> {
    const opening = this.client
    this.client = undefined
    const git = await opening?.catch(() => undefined)
    await git?.close()
  }
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
