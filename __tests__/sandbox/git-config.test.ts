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
    expect(prepared.overrides).toHaveLength(1)
    const [override] = prepared.overrides
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
    expect(prepared.overrides).toEqual([])
    await prepared.cleanup()
  })
})
