// Long-running commands the model started with `exec_command` and polls or writes to with
// `write_stdin`, as Codex's unified exec does. Each session is one CommandRunner.run (so it runs
// under the same sandbox, rules grant and output cap as any command) that the tool call does not
// wait for; its output is kept until the model reads it. The loop calls `closeAll()` when the run
// ends, however it ends: no session outlives the run.
import { randomInt } from 'node:crypto'
import { StringDecoder } from 'node:string_decoder'
import type { CommandRequest, CommandResult, CommandRunner } from '../sandbox/types.js'

/** Codex keeps at most 64; a run on a CI runner needs far fewer. */
export const MAX_SESSIONS = 16

export interface SessionInfo {
  /** The command as shown to people, and the event item it completes. */
  display: string
  itemId: string
}

export class ExecSession {
  readonly id: number
  readonly info: SessionInfo
  readonly startedAt = performance.now()
  result: CommandResult | undefined
  private unread = ''
  private streamed = ''
  private readonly decoder = new StringDecoder('utf8')
  private stdin: NodeJS.WritableStream | undefined
  private readonly stop = new AbortController()
  private readonly finished: Promise<CommandResult>

  constructor(id: number, info: SessionInfo, runner: CommandRunner, request: CommandRequest) {
    this.id = id
    this.info = info
    const signal = request.signal ? AbortSignal.any([request.signal, this.stop.signal]) : this.stop.signal
    this.finished = runner
      .run({
        ...request,
        signal,
        onOutput: (chunk) => this.receive(this.decoder.write(chunk)),
        onStdin: (stdin) => (this.stdin = stdin),
      })
      .then((result) => {
        this.receive(this.decoder.end())
        // The runner may add to the output at the end (a sandbox note) or rewrite it (bwrap's own
        // failure): whatever the model has not seen yet is what is new.
        if (result.output.startsWith(this.streamed)) this.unread += result.output.slice(this.streamed.length)
        else if (this.streamed === '') this.unread = result.output
        this.result = result
        return result
      })
  }

  get hasUnread(): boolean {
    return this.unread !== ''
  }

  get running(): boolean {
    return this.result === undefined
  }

  /** Waits until the command exits or `ms` pass (or the run is cancelled), whichever is first. */
  async wait(ms: number, signal: AbortSignal): Promise<void> {
    if (!this.running) return
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    const elapsed = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms)
      onAbort = resolve
      signal.addEventListener('abort', onAbort, { once: true })
    })
    try {
      await Promise.race([this.finished.then(() => undefined), elapsed])
    } finally {
      clearTimeout(timer)
      if (onAbort) signal.removeEventListener('abort', onAbort)
    }
  }

  /** Output since the last read. */
  takeOutput(): string {
    const text = this.unread
    this.unread = ''
    return text
  }

  /** False when the command has no stdin any more (it exited or closed it). */
  write(chars: string): boolean {
    if (this.stdin === undefined || !this.running) return false
    this.stdin.write(chars)
    return true
  }

  async kill(): Promise<void> {
    this.stop.abort()
    await this.finished.catch(() => undefined)
  }

  private receive(text: string): void {
    this.streamed += text
    this.unread += text
  }
}

export class ExecSessions {
  private readonly sessions = new Map<number, ExecSession>()

  get size(): number {
    return this.sessions.size
  }

  /** Starts the command; undefined when too many sessions are already running. */
  start(runner: CommandRunner, request: CommandRequest, info: SessionInfo): ExecSession | undefined {
    this.prune()
    if (this.sessions.size >= MAX_SESSIONS) return undefined
    let id = randomInt(1000, 100_000)
    while (this.sessions.has(id)) id = randomInt(1000, 100_000)
    const session = new ExecSession(id, info, runner, request)
    this.sessions.set(id, session)
    return session
  }

  get(id: number): ExecSession | undefined {
    return this.sessions.get(id)
  }

  /** Forget a session whose command has exited and whose output the model has read. */
  release(session: ExecSession): void {
    if (!session.running) this.sessions.delete(session.id)
  }

  runningIds(): number[] {
    return [...this.sessions.values()].filter((session) => session.running).map((session) => session.id)
  }

  /** Kills every session still running (its whole process group) and waits for them. */
  async closeAll(): Promise<void> {
    const all = [...this.sessions.values()]
    this.sessions.clear()
    await Promise.all(all.map((session) => session.kill()))
  }

  private prune(): void {
    for (const session of this.sessions.values()) {
      if (!session.running && !session.hasUnread) this.sessions.delete(session.id)
    }
  }
}
