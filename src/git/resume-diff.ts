// The workspace's changes as one binary-safe patch, and back: a run that pauses for approval carries
// what the agent did so far, and the resumed run (a fresh checkout) puts it back before going on.
// Both work in a scratch git dir (see scratch.ts), so the checkout's own config is never read.
import fs from 'node:fs/promises'
import path from 'node:path'
import { runGit } from './run.js'
import { createScratchRepo } from './scratch.js'
import type { ScratchOptions } from './scratch.js'

const DIFF_SAFETY = ['--no-ext-diff', '--no-textconv', '--ignore-submodules=all']

/** `git diff --binary` of the work tree (new files included) against `startSha`; '' when unchanged. */
export async function captureWorkspaceDiff(
  workspace: string,
  startSha: string,
  options: ScratchOptions = {},
): Promise<string> {
  const root = path.resolve(workspace)
  const scratch = await createScratchRepo(root, startSha, options)
  try {
    const run = (args: string[]) => runGit(args, { cwd: root, env: scratch.env, home: scratch.home })
    await run(['add', '--all', '--ignore-errors'])
    const file = path.join(scratch.root, 'resume.patch')
    await run([
      'diff',
      '--cached',
      '--binary',
      '--full-index',
      '--no-renames',
      ...DIFF_SAFETY,
      `--output=${file}`,
      startSha,
    ])
    return await fs.readFile(file, 'utf8')
  } finally {
    await scratch.remove()
  }
}

/** Applies a patch from captureWorkspaceDiff to the work tree; throws when it does not apply. */
export async function applyWorkspaceDiff(
  workspace: string,
  startSha: string,
  diff: string,
  options: ScratchOptions = {},
): Promise<void> {
  if (diff.trim() === '') return
  const root = path.resolve(workspace)
  const scratch = await createScratchRepo(root, startSha, options)
  try {
    const file = path.join(scratch.root, 'resume.patch')
    await fs.writeFile(file, diff)
    await runGit(['apply', '--binary', '--whitespace=nowarn', '--', file], {
      cwd: root,
      env: scratch.env,
      home: scratch.home,
    })
  } finally {
    await scratch.remove()
  }
}
