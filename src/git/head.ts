// HEAD of a checkout, read before any scratch repository exists: the commit the agent starts from.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runGit } from './run.js'
import { findGitDir } from './scratch.js'

/** HEAD of a checkout (to record where the agent starts), read without running any hook or filter. */
export async function readHeadSha(workspace: string, signal?: AbortSignal): Promise<string> {
  const root = path.resolve(workspace)
  const { gitDir } = await findGitDir(root)
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-git-home-'))
  try {
    const output = await runGit(['rev-parse', '--verify', 'HEAD^{commit}'], {
      cwd: root,
      env: { GIT_DIR: gitDir },
      home,
      signal,
    })
    return output.trim()
  } finally {
    await fs.rm(home, { recursive: true, force: true })
  }
}
