// Issue 12 item 10, end to end through `node dist/cli.js exec`: a fork bomb stops at the sandbox's
// process cap and ends with the command's timeout, leaving the machine usable, and writing past the
// private /tmp's cap fails with ENOSPC. The CLI runs as an unprivileged user, as on a GitHub-hosted
// runner (the kernel exempts root from RLIMIT_NPROC); an outer cap keeps this machine safe even if
// the sandbox's own cap were missing.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { execAttack } from './exec-run.js'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'

const NOBODY = 65534
const MAX_PROCESSES = 48
const TMP_MB = 8
const LIMITS = `[sandbox_limits]\nmax_processes = ${MAX_PROCESSES}\ntmp_size_mb = ${TMP_MB}\n`
// Outer safety net for this machine, far above the sandbox's cap.
const AS_NOBODY = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups']
const OUTER = ['prlimit', '--nproc=600:600', '--']

const SPAWNER = [
  'import subprocess',
  'children = []',
  'try:',
  '    for _ in range(200): children.append(subprocess.Popen(["sleep", "30"]))',
  'except OSError as error: print("spawn failed:", error)',
  'print("processes=%d" % len(children))',
  'for child in children: child.kill()',
].join('\n')

let workspace: Workspace | undefined
afterEach(async () => {
  await workspace?.cleanup()
})

async function nobodysWorkspace(): Promise<{ dir: string; home: string }> {
  workspace = await makeWorkspace()
  const root = path.dirname(workspace.dir)
  const home = path.join(root, 'home')
  fs.mkdirSync(home)
  execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root])
  fs.chmodSync(root, 0o755)
  return { dir: workspace.dir, home }
}

function shell(script: string, timeoutMs: number): ScriptedTurn {
  return { calls: [{ name: 'shell', arguments: { command: ['bash', '-c', script], timeout_ms: timeoutMs } }] }
}

function nobodysProcesses(): number {
  // /proc, not ps: ps exits 1 when nothing matches.
  return fs.readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      return new RegExp(`^Uid:\\s+${NOBODY}\\s`, 'm').test(status) && !/^State:\s+Z/m.test(status)
    } catch {
      return false
    }
  }).length
}

/** Polls until the unprivileged user has no process left (the sandbox's teardown takes a moment). */
async function nobodysProcessesAfter(waitMs: number): Promise<number> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const count = nobodysProcesses()
    if (count === 0 || Date.now() > deadline) return count
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('process and space limits (issue 12 item 10)', () => {
  it('a fork bomb stops at the cap, is told why and leaves nothing running; /tmp past its cap is ENOSPC', async () => {
    const { dir, home } = await nobodysWorkspace()
    const turns: ScriptedTurn[] = [
      // Ask for 200 processes at once: the cap lets fewer live.
      shell(`python3 -c '${SPAWNER}'`, 60_000),
      // The classic bomb, kept going for 4 s by a shell that needs no new process to wait.
      shell(':(){ :|:& };:; read -t 4 _ < /dev/zero; echo bomb-over', 20_000),
      shell('echo still-alive', 10_000),
      shell(`dd if=/dev/zero of=/tmp/fill bs=1M count=${TMP_MB * 2}; echo "dd exit $?"`, 20_000),
      { text: 'done' },
    ]
    const started = Date.now()
    const attack = await execAttack({
      workspace: dir,
      turns,
      env: { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' },
      extraToml: LIMITS,
      wrapper: [...AS_NOBODY, ...OUTER],
    })
    expect(attack.run.code).toBe(0)
    expect(attack.run.stderr).toContain(
      `sandbox limits: at most ${MAX_PROCESSES} processes, /tmp ${TMP_MB} MiB`,
    )
    const [spawner, bomb, alive, fill] = attack.outputs
    const live = Number(/processes=(\d+)/.exec(spawner ?? '')?.[1])
    expect(live).toBeGreaterThan(0)
    expect(live).toBeLessThanOrEqual(MAX_PROCESSES)
    expect(spawner).toContain(`limit of ${MAX_PROCESSES} processes`)
    // The bomb was refused more processes, the model was told why, and it all ended with the shell.
    expect(bomb).toContain('bomb-over')
    expect(bomb).toContain(`limit of ${MAX_PROCESSES} processes`)
    expect(alive).toContain('still-alive')
    expect(Date.now() - started).toBeLessThan(90_000)
    expect(await nobodysProcessesAfter(3000)).toBe(0)
    expect(fill).toContain('No space left on device')
    expect(fill).toMatch(/dd exit [1-9]/)
    expect(fill).toContain(`capped at ${TMP_MB} MiB`)
  })
})
