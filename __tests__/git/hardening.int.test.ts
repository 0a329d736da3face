// What the agent could plant in the checkout must not run when the harness commits and pushes, and
// the push token must end up nowhere but in the one push request.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { publishChanges } from '../../src/publish/index.js'
import { FULL_NAME, issueTrigger, startHarness, type Harness } from '../publish/harness.js'
import { gitAsync } from './checkout.js'

let harness: Harness

// Octokit's throttling spaces write calls 1-3 s apart, as it does against GitHub: allow for it.
vi.setConfig({ testTimeout: 120_000 })

beforeEach(async () => {
  harness = await startHarness()
})

afterEach(async () => {
  // Close first, so a failed assertion leaks no server or temporary folder.
  const violations = [...harness.fake.violations]
  await harness.close()
  expect(violations).toEqual([])
})

/** A script that leaves a marker file when run; the marker proves code execution. */
function trap(dir: string, name: string, marker: string): string {
  const script = path.join(dir, name)
  writeFileSync(script, `#!/bin/sh\necho ran >> '${marker}'\ncat\n`, { mode: 0o755 })
  return script
}

describe('config and hooks planted in the checkout', () => {
  it('runs no hook, fsmonitor or filter, yet the planted traps are live for plain git', async () => {
    const checkout = await harness.checkout()
    const marker = path.join(harness.runnerTemp, 'pwned')
    const hooks = path.join(checkout.dir, '.git', 'hooks')
    for (const hook of [
      'pre-commit',
      'commit-msg',
      'post-commit',
      'pre-push',
      'reference-transaction',
      'post-index-change',
    ]) {
      trap(hooks, hook, marker)
    }
    checkout.git('config', 'core.fsmonitor', trap(harness.runnerTemp, 'fsmonitor', marker))
    checkout.git('config', 'filter.evil.clean', trap(harness.runnerTemp, 'clean', marker))
    checkout.git('config', 'filter.evil.required', 'true')
    checkout.git('config', 'diff.external', trap(harness.runnerTemp, 'difftool', marker))
    checkout.git('config', 'core.pager', trap(harness.runnerTemp, 'pager', marker))
    checkout.git('config', `url.http://127.0.0.1:9/.insteadOf`, harness.fake.serverUrl)
    writeFileSync(path.join(checkout.dir, '.gitattributes'), '*.js filter=evil\n')
    writeFileSync(path.join(checkout.dir, 'src/date.js'), 'export const today = () => 42\n')

    // The traps work: plain git in this checkout springs them.
    checkout.git('status', '--porcelain')
    expect(existsSync(marker)).toBe(true)
    rmSync(marker)

    const result = await publishChanges(harness.request(checkout, issueTrigger(7)))

    expect(existsSync(marker)).toBe(false)
    const bare = harness.fake.state.repo(FULL_NAME).git
    expect(bare.resolveRef(`refs/heads/${result.branch?.name}`)).toBe(result.commitSha)
    expect(bare.git(['show', `${result.commitSha}:src/date.js`])).toBe('export const today = () => 42')
  })
})

describe('the push token', () => {
  it('appears nowhere: not in .git/config, the workspace, the pushed objects or any posted text', async () => {
    const checkout = await harness.checkout({ persistCredentials: false })
    const token = harness.fake.token
    const encoded = Buffer.from(`x-access-token:${token}`).toString('base64')
    writeFileSync(path.join(checkout.dir, 'README.md'), '# demo\n\nDocs.\n')
    writeFileSync(path.join(checkout.dir, 'leak.txt'), `token=${token}\n`)
    const request = harness.request(checkout, issueTrigger(7), {
      agent: {
        message: `Docs update (the token is ${token})`,
        commands: [{ command: `echo ${token}`, exitCode: 0, status: 'completed' }],
        footer: '',
      },
    })

    const result = await publishChanges(request)

    expect(result.leftOut).toEqual([expect.objectContaining({ path: 'leak.txt', kind: 'secret' })])
    const gitConfig = readFileSync(path.join(checkout.dir, '.git', 'config'), 'utf8')
    for (const secret of [token, encoded]) {
      expect(gitConfig).not.toContain(secret)
      expect(filesContaining(checkout.dir, secret, ['leak.txt'])).toEqual([])
      expect(harness.pushedText()).not.toContain(secret)
      expect(JSON.stringify(harness.fake.requests.map((entry) => entry.body))).not.toContain(secret)
    }
    // The token did its job: the push itself went through the authenticated smart-HTTP endpoint.
    expect(harness.fake.requests.some((entry) => entry.operationId === 'git' && entry.status === 200)).toBe(
      true,
    )
    expect(await gitAsync(checkout.dir, ['ls-remote', '--get-url', 'origin'])).not.toContain(token)
  })

  it('is sent instead of a stale credential that checkout persisted in .git/config', async () => {
    const checkout = await harness.checkout({ persistCredentials: 'stale' })
    writeFileSync(path.join(checkout.dir, 'README.md'), 'changed\n')

    const result = await publishChanges(harness.request(checkout, issueTrigger(7)))

    expect(result.outcome).toBe('published')
    expect(
      harness.fake.requests.filter((entry) => entry.operationId === 'git' && entry.status === 401),
    ).toEqual([])
  })
})

/** Files under `root` (including .git) whose bytes contain `needle`, except the allowed names. */
function filesContaining(root: string, needle: string, allowed: string[]): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      const stat = statSync(full, { throwIfNoEntry: false })
      if (!stat) continue
      if (stat.isDirectory()) walk(full)
      else if (readFileSync(full).includes(needle) && !allowed.includes(path.relative(root, full)))
        found.push(full)
    }
  }
  walk(root)
  return found
}
