// The walks before each sandboxed command are reused only while nothing they read has changed: a
// socket that appears under HOME, or a nested checkout with a token in its config, is still hidden
// from the very next command.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { prepareSanitizedGitConfigs } from '../../src/sandbox/git-config.js'
import { socketsUnder } from '../../src/sandbox/hidden.js'

const made: string[] = []
const servers: net.Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) server.close()
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'walk-cache-'))
  made.push(dir)
  return dir
}

/** Past the window in which a folder's change could share a clock tick with the scan. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250))

function listen(socketPath: string): Promise<void> {
  const server = net.createServer()
  servers.push(server)
  return new Promise((resolve) => server.listen(socketPath, () => resolve()))
}

describe('sockets under HOME, scanned before every command', () => {
  it('finds a socket created after an earlier scan was cached', async () => {
    const home = await folder()
    await mkdir(path.join(home, '.gnupg', 'run'), { recursive: true })
    await settle()
    expect(socketsUnder(home, [])).toEqual([])
    expect(socketsUnder(home, [])).toEqual([])
    await listen(path.join(home, '.gnupg', 'run', 'S.gpg-agent'))
    expect(socketsUnder(home, [])).toEqual([path.join(home, '.gnupg', 'run', 'S.gpg-agent')])
  })
})

describe('git configs, sanitized before every command', () => {
  it('covers a nested checkout that appears after an earlier command', async () => {
    const workspace = await folder()
    execFileSync('git', ['init', '-q', workspace])
    await settle()
    const first = await prepareSanitizedGitConfigs([workspace])
    await first.cleanup()
    const second = await prepareSanitizedGitConfigs([workspace])
    await second.cleanup()
    const nested = path.join(workspace, 'vendor-lib')
    execFileSync('git', ['init', '-q', nested])
    const header = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0'
    await writeFile(
      path.join(nested, '.git', 'config'),
      `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = ${header}\n`,
    )
    const third = await prepareSanitizedGitConfigs([workspace])
    try {
      expect(third.overrides.map((override) => override.target)).toContain(
        path.join(nested, '.git', 'config'),
      )
    } finally {
      await third.cleanup()
    }
  })
})
