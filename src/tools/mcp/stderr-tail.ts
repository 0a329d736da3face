// A stdio server's stderr is read but never echoed: a chatty server must not flood the run's log.
// The last few lines are kept, because they usually say why the server died.

const MAX_LINES = 5
const MAX_LINE_CHARS = 300

export class StderrTail {
  private lines: string[] = []
  private partial = ''
  private readonly ended: Promise<void>

  constructor(stream: NodeJS.ReadableStream | null) {
    this.ended = new Promise((resolve) => {
      if (stream === null) return resolve()
      stream.on('data', (chunk: Buffer | string) => this.add(chunk))
      stream.once('end', () => resolve())
      stream.once('close', () => resolve())
    })
  }

  /** After the process exited, its last words may still be in the pipe: wait for them, briefly. */
  async drained(maxWaitMs = 500): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const wait = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs)
    })
    await Promise.race([this.ended, wait])
    clearTimeout(timer)
  }

  private add(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString()
    const parts = text.split(/\r?\n/)
    this.partial = (parts.pop() ?? '').slice(-MAX_LINE_CHARS)
    for (const line of parts) {
      if (line.trim() === '') continue
      this.lines.push(line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line)
    }
    if (this.lines.length > MAX_LINES) this.lines = this.lines.slice(-MAX_LINES)
  }

  /** The last lines joined on one line with ` | `, or '' when the server wrote nothing. */
  text(): string {
    const lines = this.partial.trim() === '' ? this.lines : [...this.lines, this.partial]
    return lines.slice(-MAX_LINES).join(' | ')
  }
}
