// `node dist/cli.js apply_patch` as a real process (run `npm run bundle` first).
import { existsSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { makeWorkspace, patchOf, readTree, removeWorkspaces } from './helpers.js'
import { CLI, runCli as runCliProcess, type CliRun } from '../../helpers/cli-process.js'

afterEach(removeWorkspaces)

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run bundle first`)
})

const runCli = (cwd: string, args: string[], stdin?: string): Promise<CliRun> =>
  runCliProcess(['apply_patch', ...args], { cwd, input: stdin })

describe('node dist/cli.js apply_patch', () => {
  it('applies a patch given as the last argument, relative to the current folder', async () => {
    const workspace = await makeWorkspace({ 'modify.txt': 'line1\nline2\n' })
    const patch = patchOf(
      '*** Add File: new.txt',
      '+created',
      '*** Update File: modify.txt',
      '@@',
      '-line2',
      '+changed',
    )
    const result = await runCli(workspace, [patch])
    expect(result).toEqual({
      code: 0,
      stdout: 'Success. Updated the following files:\nA new.txt\nM modify.txt\n',
      stderr: '',
    })
    expect(await readTree(workspace)).toEqual({ 'new.txt': 'created\n', 'modify.txt': 'line1\nchanged\n' })
  })

  it('reads the patch from stdin when no argument is given', async () => {
    const workspace = await makeWorkspace({ 'gone.txt': 'x\n' })
    const result = await runCli(workspace, [], `${patchOf('*** Delete File: gone.txt')}\n`)
    expect(result).toEqual({
      code: 0,
      stdout: 'Success. Updated the following files:\nD gone.txt\n',
      stderr: '',
    })
    expect(await readTree(workspace)).toEqual({})
  })

  it('exits 1 with a one-line reason on stderr, keeping earlier changes', async () => {
    const workspace = await makeWorkspace()
    const patch = patchOf(
      '*** Add File: created.txt',
      '+hello',
      '*** Update File: missing.txt',
      '@@',
      '-old',
      '+new',
    )
    const result = await runCli(workspace, [patch])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'Failed to read file to update missing.txt: No such file or directory (os error 2)\n',
    )
    expect(await readTree(workspace)).toEqual({ 'created.txt': 'hello\n' })
  })

  it('refuses a path outside the current folder before writing anything', async () => {
    const workspace = await makeWorkspace()
    const result = await runCli(workspace, [
      patchOf('*** Add File: ok.txt', '+x', '*** Add File: ../escape.txt', '+x'),
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('apply_patch rejected path "../escape.txt": it escapes the workspace\n')
    expect(await readTree(workspace)).toEqual({})
  })
})
