// A throwaway world for sandbox tests: a real git workspace under /tmp (as the tests of the loop use),
// and, outside /tmp so the sandbox's private /tmp cannot hide them by accident, a fake HOME with
// credentials, a fake RUNNER_TEMP with checkout's credentials file and the runner's file commands.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { createCommandRunner } from '../../src/sandbox/index.js'
import type { CommandResult, CommandRunner } from '../../src/sandbox/types.js'
import type { SandboxMode, ShellEnvironmentPolicy } from '../../src/config/types.js'

// /var/tmp is on the real root filesystem: visible (read-only) inside the sandbox, unlike /tmp.
const HOST_TMP = fs.existsSync('/var/tmp') ? '/var/tmp' : os.homedir()

export interface SandboxWorld {
  workspace: string
  home: string
  runnerTemp: string
  fileCommands: string
  /** Unique to this world: planted in every secret, so any leak is found by one search. */
  canary: string
  parentEnv: NodeJS.ProcessEnv
  runner: (
    mode: SandboxMode,
    options?: { networkAccess?: boolean; outputCapBytes?: number; envPolicy?: ShellEnvironmentPolicy },
  ) => Promise<CommandRunner>
  run: (runner: CommandRunner, argv: string[], timeoutMs?: number) => Promise<CommandResult>
  dispose: () => void
}

export function uniqueMarker(): string {
  return randomBytes(6).toString('hex')
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' })
}

function plantSecrets(home: string, runnerTemp: string, fileCommands: string, canary: string): void {
  fs.writeFileSync(path.join(home, '.bashrc'), '# the real bashrc\n')
  fs.mkdirSync(path.join(home, '.ssh'), { mode: 0o700 })
  fs.writeFileSync(path.join(home, '.ssh', 'id_ed25519'), `PRIVATE KEY ${canary}\n`)
  fs.writeFileSync(path.join(home, '.git-credentials'), `https://x-access-token:${canary}@github.com\n`)
  // actions/checkout v5+: the token lives in a config file under RUNNER_TEMP, pulled in by includeIf.
  fs.writeFileSync(
    path.join(runnerTemp, 'git-credentials-1234.config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${canary}\n`,
  )
  fs.writeFileSync(path.join(fileCommands, 'set_output_1'), `secret=${canary}\n`)
  fs.writeFileSync(path.join(fileCommands, 'set_env_1'), '')
}

export function makeWorld(): SandboxWorld {
  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-sandbox-ws-')))
  const host = fs.realpathSync(fs.mkdtempSync(path.join(HOST_TMP, 'codex-sandbox-host-')))
  const home = path.join(host, 'home')
  const runnerTemp = path.join(host, '_temp')
  const fileCommands = path.join(runnerTemp, '_runner_file_commands')
  fs.mkdirSync(home)
  fs.mkdirSync(fileCommands, { recursive: true })
  const canary = `canary-${uniqueMarker()}`
  plantSecrets(home, runnerTemp, fileCommands, canary)
  git(workspace, 'init', '-q')
  fs.writeFileSync(path.join(workspace, 'README.md'), '# fixture\n')
  git(workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.')
  git(workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')

  const parentEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: path.join(fileCommands, 'set_output_1'),
    GITHUB_ENV: path.join(fileCommands, 'set_env_1'),
    OPENAI_API_KEY: `sk-${canary}`,
    GITHUB_TOKEN: `ghs_${canary}`,
    'INPUT_API-KEY': canary,
    'INPUT_GITHUB-TOKEN': canary,
    MY_SECRET: canary,
    DB_PASSWORD: canary,
    ACTIONS_RUNTIME_TOKEN: canary,
    ACTIONS_ID_TOKEN_REQUEST_URL: `https://token.example/${canary}`,
    AWS_SECRET_ACCESS_KEY: canary,
  }
  return {
    workspace,
    home,
    runnerTemp,
    fileCommands,
    canary,
    parentEnv,
    runner: (mode, options = {}) =>
      createCommandRunner({
        policy: { mode, workspace, writableRoots: [], networkAccess: options.networkAccess ?? false },
        envPolicy: options.envPolicy ?? DEFAULT_SHELL_ENV_POLICY,
        parentEnv,
        autoFix: false,
        outputCapBytes: options.outputCapBytes,
      }),
    run: (runner, argv, timeoutMs = 15_000) => runner.run({ argv, cwd: workspace, timeoutMs }),
    dispose: () => {
      fs.rmSync(workspace, { recursive: true, force: true })
      fs.rmSync(host, { recursive: true, force: true })
    },
  }
}

/** Host processes whose command line contains `marker` (found through the host's own /proc). */
export function hostProcessesWith(marker: string): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // A zombie is already dead; only its parent's wait() is missing.
      if (cmdline.includes(marker) && !/\) Z /.test(stat)) found.push(Number(entry))
    } catch {
      // the process ended while we looked
    }
  }
  return found
}

/** Polls until no host process carries `marker`; returns what is still there after `waitMs`. */
export async function survivorsAfter(marker: string, waitMs = 3000): Promise<number[]> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const survivors = hostProcessesWith(marker)
    if (survivors.length === 0 || Date.now() > deadline) return survivors
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export function fileSnapshot(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file).toString('base64') : '<absent>'
}
