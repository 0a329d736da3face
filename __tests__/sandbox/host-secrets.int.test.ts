// Issue 12 item 8, through real bubblewrap: every kind of credential file under HOME is unreadable
// while the toolchains installed there keep working, and host Unix sockets (under HOME, /run, /tmp)
// cannot be connected to.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../src/sandbox/types.js'
import { makeWorld } from './fixture.js'
import type { SandboxWorld } from './fixture.js'

let world: SandboxWorld
let runner: CommandRunner

const CREDENTIAL_FILES = [
  '.config/git/credentials',
  '.aws/credentials',
  '.kube/config',
  '.pypirc',
  '.cargo/credentials.toml',
  '.cargo/credentials',
  '.npmrc',
  '.docker/config.json',
  '.netrc',
  '.config/gh/hosts.yml',
  '.gnupg/private-keys-v1.d/key',
  'custom-store',
  'included.inc',
]

beforeAll(async () => {
  world = makeWorld()
  for (const file of CREDENTIAL_FILES) {
    fs.mkdirSync(path.dirname(path.join(world.home, file)), { recursive: true })
    fs.writeFileSync(path.join(world.home, file), `secret ${world.canary}\n`)
  }
  // A token in ~/.gitconfig, and files git's credential store and include point at.
  fs.writeFileSync(
    path.join(world.home, '.gitconfig'),
    `[user]\n\tname = runner\n[url "https://x:${world.canary}@github.com/"]\n\tinsteadOf = https://github.com/\n` +
      `[credential]\n\thelper = store --file ~/custom-store\n[include]\n\tpath = ~/included.inc\n`,
  )
  // A toolchain setup-rust / setup-go left under HOME.
  fs.mkdirSync(path.join(world.home, '.cargo', 'bin'), { recursive: true })
  fs.writeFileSync(path.join(world.home, '.cargo', 'bin', 'cargo-fake'), '#!/bin/sh\necho toolchain-ok\n', {
    mode: 0o755,
  })
  runner = await world.runner('workspace-write')
})
afterAll(() => world.dispose())

describe('credential files under HOME (issue 12 item 8)', () => {
  it.each(CREDENTIAL_FILES)('~/%s cannot be read', async (file) => {
    const result = await world.run(runner, ['bash', '-c', `cat ~/${file}; echo tried`])
    expect(result.output).toContain('tried')
    expect(result.output).not.toContain(world.canary)
  })

  it('~/.gitconfig is shown without the token, and git still reads the rest', async () => {
    const result = await world.run(runner, ['bash', '-c', 'cat ~/.gitconfig; git config --global user.name'])
    expect(result.output).toContain('[user]')
    expect(result.output).toContain('runner')
    expect(result.output).not.toContain(world.canary)
  })

  it('a search of all of HOME finds no secret, while a toolchain under HOME still runs', async () => {
    const result = await world.run(runner, [
      'bash',
      '-c',
      'grep -r -a -l . ~ 2>/dev/null | head -50; ~/.cargo/bin/cargo-fake',
    ])
    expect(result.output).toContain('toolchain-ok')
    const shown = await world.run(runner, ['bash', '-c', 'grep -r -a -h canary ~ 2>/dev/null; echo done'])
    expect(shown.output).not.toContain(world.canary)
  })
})

describe('host Unix sockets (issue 12 item 8)', () => {
  const servers: net.Server[] = []
  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve))
  })

  async function listen(socketPath: string): Promise<void> {
    fs.mkdirSync(path.dirname(socketPath), { recursive: true })
    fs.rmSync(socketPath, { force: true })
    const server = net.createServer((socket) => socket.end(`hello ${world.canary}\n`))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  }

  const connect = (socketPath: string) =>
    world.run(runner, [
      'python3',
      '-c',
      `import socket\ns=socket.socket(socket.AF_UNIX)\ntry:\n  s.connect(${JSON.stringify(socketPath)})\n  print(s.recv(200))\nexcept Exception as e:\n  print('refused', e)`,
    ])

  it.each([
    ['HOME', () => path.join(world.home, '.gnupg-run', 'S.agent')],
    ['/run', () => `/run/codex-test-${world.canary}.sock`],
    ['/tmp', () => `/tmp/codex-test-${world.canary}.sock`],
  ])('a server listening under %s cannot be reached', async (_where, where) => {
    const socketPath = where()
    await listen(socketPath)
    try {
      const result = await connect(socketPath)
      expect(result.output).toContain('refused')
      expect(result.output).not.toContain(world.canary)
    } finally {
      fs.rmSync(socketPath, { force: true })
    }
  })
})
