// Runs one argv (no shell) in its own process group: output capped while read, a timeout and an
// abort that take the whole group down, and no survivors once the main process has exited.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { CommandResult } from './types.js'

export const DEFAULT_OUTPUT_CAP_BYTES = 1024 * 1024
const TERM_GRACE_MS = 500
// After the main process exits, how long to wait for its pipes to close before giving up on them
// (a daemon that left the group — `setsid` — may hold them open forever under danger-full-access).
const PIPE_DRAIN_MS = 1000
const FALLBACK_PATH = '/usr/local/bin:/usr/bin:/bin'

export interface ProcessRequest {
  argv: string[]
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  signal?: AbortSignal | undefined
  outputCapBytes?: number | undefined
  onOutput?: ((chunk: Buffer) => void) | undefined
  onStdin?: ((stdin: NodeJS.WritableStream) => void) | undefined
}

export interface ProcessOutcome extends CommandResult {
  /** Set when the program could not be started at all (spawn's ENOENT, EACCES…). */
  spawnError?: string | undefined
}

/** `bash` → `/usr/bin/bash` through the command's PATH (or a default one when the policy left none). */
export function resolveProgram(program: string, env: Record<string, string>): string {
  if (program.includes('/')) return program
  for (const folder of (env.PATH ?? FALLBACK_PATH).split(':')) {
    if (!path.isAbsolute(folder)) continue
    const candidate = path.join(folder, program)
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      // not here; keep looking
    }
  }
  return program
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: the group is already gone
  }
}

class OutputCollector {
  private readonly chunks: Buffer[] = []
  private size = 0
  truncated = false

  constructor(
    private readonly capBytes: number,
    private readonly onOverflow: () => void,
  ) {}

  add(chunk: Buffer): void {
    if (this.truncated) return
    const room = this.capBytes - this.size
    if (chunk.length > room) {
      this.chunks.push(chunk.subarray(0, room))
      this.size = this.capBytes
      this.truncated = true
      this.onOverflow()
      return
    }
    this.chunks.push(chunk)
    this.size += chunk.length
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}

/** Spawns `argv` detached (its own process group) and settles once it and its group are gone. */
export function runProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  const started = performance.now()
  const [program, ...args] = request.argv
  if (program === undefined) {
    return Promise.resolve({
      exitCode: null,
      output: '',
      timedOut: false,
      truncated: false,
      durationMs: 0,
      spawnError: 'empty command',
    })
  }
  return new Promise((resolve) => {
    const child = spawn(resolveProgram(program, request.env), args, {
      cwd: request.cwd,
      env: request.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    child.stdin.on('error', () => {}) // EPIPE once the command has exited: nothing to tell
    // Without a caller to write to it, stdin is at its end at once, as /dev/null would be.
    if (request.onStdin) request.onStdin(child.stdin)
    else child.stdin.end()
    let timedOut = false
    let spawnError: string | undefined
    let exitCode: number | null = null
    let graceTimer: NodeJS.Timeout | undefined
    let drainTimer: NodeJS.Timeout | undefined
    const terminate = (): void => {
      killGroup(child.pid, 'SIGTERM')
      graceTimer ??= setTimeout(() => killGroup(child.pid, 'SIGKILL'), TERM_GRACE_MS)
    }
    const output = new OutputCollector(request.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES, () => {
      killGroup(child.pid, 'SIGKILL')
    })
    const onData = (chunk: Buffer): void => {
      output.add(chunk)
      request.onOutput?.(chunk)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)

    const timer = setTimeout(() => {
      timedOut = true
      terminate()
    }, request.timeoutMs)
    const onAbort = (): void => terminate()
    request.signal?.addEventListener('abort', onAbort, { once: true })
    if (request.signal?.aborted) terminate()

    let settled = false
    const settle = (): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(graceTimer)
      clearTimeout(drainTimer)
      request.signal?.removeEventListener('abort', onAbort)
      child.stdout.destroy()
      child.stderr.destroy()
      child.stdin.destroy()
      resolve({
        exitCode: timedOut ? null : exitCode,
        output: output.text(),
        timedOut,
        truncated: output.truncated,
        durationMs: Math.round(performance.now() - started),
        spawnError,
      })
    }
    child.on('error', (error) => {
      spawnError = `${program}: ${error.message}`
      settle()
    })
    child.on('exit', (code) => {
      exitCode = code
      // Whatever the command left running in its group (`nohup sleep 1000 &`) goes now. Under bwrap
      // the PID namespace has already taken them; bare (danger-full-access) this is best effort, as a
      // process that called setsid() has left the group and cannot be found this way.
      killGroup(child.pid, 'SIGKILL')
      drainTimer = setTimeout(settle, PIPE_DRAIN_MS)
    })
    child.on('close', settle)
  })
}
