// Issue 12 item 2: actions/checkout with `submodules: true` persists the token's extraheader in
// `.git/config` and in every `.git/modules/*/config`. A model that goes looking for it — by path,
// through git, or by searching every config under .git — finds none of it, end to end through
// `node dist/cli.js exec` under both sandbox policies.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { execAttack, shellTurns } from './exec-run.js'

const TOKEN = `ghs_SubmoduleCanary${Date.now()}x0123456789`
const EXTRAHEADER = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`

let workspace: Workspace | undefined
let remotes: string | undefined
afterEach(async () => {
  await workspace?.cleanup()
  if (remotes) fs.rmSync(remotes, { recursive: true, force: true })
})

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  })
}

/** A repository `name` with one file, committed, as a local remote. */
function remote(name: string, submodule?: string): string {
  const dir = path.join(remotes ?? '', name)
  fs.mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  fs.writeFileSync(path.join(dir, `${name}.txt`), `${name}\n`)
  if (submodule) git(dir, 'submodule', 'add', '-q', submodule, 'deep')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', name)
  return dir
}

/** The workspace as checkout leaves it: a submodule with a nested one, the token in every config. */
async function checkoutWithSubmodules(): Promise<string> {
  remotes = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-remotes-'))
  const lib = remote('lib', remote('deep'))
  workspace = await makeWorkspace()
  git(workspace.dir, 'submodule', 'add', '-q', lib, 'lib')
  git(workspace.dir, 'submodule', 'update', '--init', '--recursive', '-q')
  const key = 'http.https://github.com/.extraheader'
  git(workspace.dir, 'config', '--local', key, EXTRAHEADER)
  git(
    workspace.dir,
    'submodule',
    'foreach',
    '-q',
    '--recursive',
    `git config --local ${key} "${EXTRAHEADER}"`,
  )
  // The token really is where the model will look.
  expect(fs.readFileSync(path.join(workspace.dir, '.git/modules/lib/config'), 'utf8')).toContain(EXTRAHEADER)
  expect(fs.readFileSync(path.join(workspace.dir, '.git/modules/lib/modules/deep/config'), 'utf8')).toContain(
    EXTRAHEADER,
  )
  return workspace.dir
}

const SEARCHES = [
  'cat .git/modules/*/config .git/modules/*/modules/*/config',
  'git -C lib config --get-regexp extraheader; git -C lib/deep config --show-origin --get-regexp "http.*"; echo searched',
  'find .git -name config | xargs grep -h -i -e extraheader -e core',
  'grep -r -a -h -i "basic" .git 2>/dev/null | head -20; echo grep-done',
]

describe('tokens in submodule configs (issue 12 item 2)', () => {
  it.each(['workspace-write', 'read-only'])('under %s the model never sees the token', async (sandbox) => {
    const dir = await checkoutWithSubmodules()
    const attack = await execAttack({
      workspace: dir,
      turns: shellTurns(SEARCHES),
      env: { ...process.env, GITHUB_TOKEN: undefined },
      sandbox,
    })
    expect(attack.run.code).toBe(0)
    // The searches ran and read the configs (the sections are there), only the credentials are not.
    expect(attack.outputs).toHaveLength(SEARCHES.length)
    expect(attack.outputs[0]).toContain('[core]')
    expect(attack.outputs[1]).toContain('searched')
    expect(attack.outputs[2]).toContain('[core]')
    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    for (const secret of [TOKEN, base64, EXTRAHEADER]) {
      expect(attack.modelSaw).not.toContain(secret)
      expect(attack.run.stdout + attack.run.stderr).not.toContain(secret)
    }
    // The checkout keeps its credentials for the harness.
    expect(fs.readFileSync(path.join(dir, '.git/modules/lib/config'), 'utf8')).toContain(EXTRAHEADER)
  })
})
