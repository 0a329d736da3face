import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { prepareSanitizedGitConfigs, sanitizeGitConfig } from '../../src/sandbox/git-config.js'

// What actions/checkout v4 leaves behind with persist-credentials (the default).
const CHECKOUT_CONFIG = `[core]
\trepositoryformatversion = 0
\tbare = false
[remote "origin"]
\turl = https://github.com/octo/repo
\tfetch = +refs/heads/*:refs/remotes/origin/*
[http "https://github.com/"]
\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz
[credential]
\thelper = store --file /home/runner/.git-credentials
[credential "https://example.com"]
\tusername = bot
[gc]
\tauto = 0
`

describe('sanitizeGitConfig', () => {
  it('drops extraheader entries and credential sections, keeping everything else', () => {
    expect(sanitizeGitConfig(CHECKOUT_CONFIG)).toBe(`[core]
\trepositoryformatversion = 0
\tbare = false
[remote "origin"]
\turl = https://github.com/octo/repo
\tfetch = +refs/heads/*:refs/remotes/origin/*
[http "https://github.com/"]
[gc]
\tauto = 0
`)
  })

  it('drops an extraheader written on the section line, in any case, with its continuation lines', () => {
    const text =
      '[http] extraHeader = AUTHORIZATION: basic abc\n[http]\n\tEXTRAHEADER = a \\\n  continued\n\tsslVerify = true\n'
    expect(sanitizeGitConfig(text)).toBe('[http]\n[http]\n\tsslVerify = true\n')
  })

  it('leaves a config without credentials untouched', () => {
    const text = '[core]\n\tbare = false\n[user]\n\tname = someone\n'
    expect(sanitizeGitConfig(text)).toBe(text)
  })
})

/** Only what lies under `dir`: the machine's own /etc/gitconfig and HOME are sanitized too. */
function under(dir: string, prepared: { overrides: { source: string; target: string }[] }) {
  return prepared.overrides.filter((override) => override.target.startsWith(`${dir}/`))
}

describe('prepareSanitizedGitConfigs', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('writes a sanitized copy for the repository enclosing a folder, and removes it on cleanup', async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-gitconfig-')))
    fs.mkdirSync(path.join(dir, '.git'))
    fs.mkdirSync(path.join(dir, 'packages', 'app'), { recursive: true })
    fs.writeFileSync(path.join(dir, '.git', 'config'), CHECKOUT_CONFIG)
    const prepared = await prepareSanitizedGitConfigs([path.join(dir, 'packages', 'app')])
    expect(under(dir, prepared)).toHaveLength(1)
    const [override] = under(dir, prepared)
    expect(override?.target).toBe(path.join(dir, '.git', 'config'))
    expect(fs.readFileSync(override?.source ?? '', 'utf8')).not.toContain('extraheader')
    await prepared.cleanup()
    expect(fs.existsSync(override?.source ?? '')).toBe(false)
  })

  it('binds nothing when the config holds no credentials', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-gitconfig-'))
    fs.mkdirSync(path.join(dir, '.git'))
    fs.writeFileSync(path.join(dir, '.git', 'config'), '[core]\n\tbare = false\n')
    const prepared = await prepareSanitizedGitConfigs([dir])
    expect(under(dir, prepared)).toEqual([])
    await prepared.cleanup()
  })
})

describe('every git config and credential file under .git (issue 12 item 2)', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  const withToken = (token: string) =>
    `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${token}\n`

  function repoWithModules(): { root: string; gitDir: string } {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-gitconfig-')))
    const gitDir = path.join(dir, '.git')
    for (const sub of ['modules/lib', 'modules/lib/modules/deep', 'worktrees/wt', 'objects/aa'])
      fs.mkdirSync(path.join(gitDir, sub), { recursive: true })
    fs.writeFileSync(path.join(gitDir, 'config'), '[core]\n\tbare = false\n')
    fs.writeFileSync(path.join(gitDir, 'modules/lib/config'), withToken('SUBMODULE'))
    fs.writeFileSync(path.join(gitDir, 'modules/lib/modules/deep/config'), withToken('NESTED'))
    fs.writeFileSync(path.join(gitDir, 'worktrees/wt/config.worktree'), withToken('WORKTREE'))
    fs.writeFileSync(path.join(gitDir, 'credentials'), 'https://x:STORED@github.com\n')
    fs.writeFileSync(path.join(gitDir, 'objects/aa/config'), 'not a config: an object folder is skipped')
    return { root: dir, gitDir }
  }

  it('sanitizes the configs of submodules, nested submodules and worktrees, and empties credential files', async () => {
    const { root, gitDir } = repoWithModules()
    const prepared = await prepareSanitizedGitConfigs([root])
    const byTarget = Object.fromEntries(
      under(root, prepared).map((o) => [path.relative(gitDir, o.target), fs.readFileSync(o.source, 'utf8')]),
    )
    expect(Object.keys(byTarget).sort()).toEqual([
      'credentials',
      'modules/lib/config',
      'modules/lib/modules/deep/config',
      'worktrees/wt/config.worktree',
    ])
    expect(JSON.stringify(byTarget)).not.toMatch(/SUBMODULE|NESTED|WORKTREE|STORED/)
    expect(byTarget['modules/lib/config']).toContain('[core]')
    await prepared.cleanup()
  })

  it('follows a submodule or worktree `.git` file to its git folder and the main repository', async () => {
    const { root, gitDir } = repoWithModules()
    fs.writeFileSync(path.join(gitDir, 'config'), withToken('MAIN'))
    fs.writeFileSync(path.join(gitDir, 'worktrees/wt/commondir'), '../..\n')
    const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-worktree-'))
    try {
      fs.writeFileSync(path.join(worktree, '.git'), `gitdir: ${path.join(gitDir, 'worktrees/wt')}\n`)
      const prepared = await prepareSanitizedGitConfigs([worktree])
      const targets = under(root, prepared)
        .map((o) => path.relative(root, o.target))
        .sort()
      // The main repository's git folder is visible too (read-only), with its submodules.
      expect(targets).toEqual(expect.arrayContaining(['.git/config', '.git/worktrees/wt/config.worktree']))
      expect(targets).toContain('.git/modules/lib/config')
      await prepared.cleanup()
    } finally {
      fs.rmSync(worktree, { recursive: true, force: true })
    }
  })

  it('finds a checkout nested in the workspace (actions/checkout with `path:`)', async () => {
    const { root } = repoWithModules()
    fs.mkdirSync(path.join(root, 'tools', 'other', '.git'), { recursive: true })
    fs.writeFileSync(path.join(root, 'tools', 'other', '.git', 'config'), withToken('OTHER'))
    const prepared = await prepareSanitizedGitConfigs([root])
    const other = prepared.overrides.find((o) => o.target.endsWith('tools/other/.git/config'))
    expect(fs.readFileSync(other?.source ?? '', 'utf8')).not.toContain('OTHER')
    await prepared.cleanup()
  })

  it('empties what the global config includes or stores credentials in, and strips tokens from URLs', async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-gitconfig-')))
    const home = path.join(dir, 'home')
    fs.mkdirSync(path.join(home, '.config', 'git'), { recursive: true })
    fs.writeFileSync(path.join(home, 'extra.inc'), '[http]\n\textraheader = INCLUDED\n')
    fs.writeFileSync(path.join(home, 'store.txt'), 'https://x:STORED@github.com\n')
    fs.writeFileSync(path.join(home, '.config', 'git', 'credentials'), 'https://x:XDG@github.com\n')
    fs.writeFileSync(
      path.join(home, '.gitconfig'),
      '[include]\n\tpath = ~/extra.inc\n[credential]\n\thelper = store --file ~/store.txt\n' +
        '[url "https://PATINURL@github.com/"]\n\tinsteadOf = https://github.com/\n[user]\n\tname = me\n',
    )
    const prepared = await prepareSanitizedGitConfigs([], { HOME: home })
    const shown = Object.fromEntries(
      under(home, prepared).map((o) => [path.relative(home, o.target), fs.readFileSync(o.source, 'utf8')]),
    )
    expect(shown['extra.inc']).toBe('')
    expect(shown['store.txt']).toBe('')
    expect(shown['.config/git/credentials']).toBe('')
    expect(shown['.gitconfig']).toContain('[url "https://github.com/"]')
    expect(shown['.gitconfig']).toContain('name = me')
    expect(JSON.stringify(shown)).not.toMatch(/PATINURL|STORED|XDG|INCLUDED/)
    await prepared.cleanup()
  })
})
