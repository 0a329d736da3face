// A CommandRunner for tests where the sandbox is not the subject: it records each request and
// answers from a script (a result per call, or a function of the request), and never spawns.
import type { SandboxMode } from '../../src/config/types.js'
import type { CommandRequest, CommandResult, CommandRunner, SandboxPolicy } from '../../src/sandbox/types.js'

export type ScriptedCommand = Partial<CommandResult> | ((request: CommandRequest) => Partial<CommandResult>)

export class FakeRunner implements CommandRunner {
  readonly policy: SandboxPolicy
  readonly requests: CommandRequest[] = []
  private readonly script: ScriptedCommand[]

  /** Each call takes the next scripted answer; past the end, a command exits 0 with no output. */
  constructor(workspace: string, script: ScriptedCommand[] = [], mode: SandboxMode = 'workspace-write') {
    this.policy = { mode, workspace, writableRoots: [], networkAccess: false }
    this.script = [...script]
  }

  async run(request: CommandRequest): Promise<CommandResult> {
    this.requests.push(request)
    const next = this.script.shift() ?? {}
    const answer = typeof next === 'function' ? next(request) : next
    return { exitCode: 0, output: '', timedOut: false, truncated: false, durationMs: 1, ...answer }
  }
}
