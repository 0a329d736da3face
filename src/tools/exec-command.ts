// `exec_command` and `write_stdin`: Codex's unified exec, which the newer Codex models were trained
// on. A command that is still running when `yield_time_ms` is up stays alive as a session; the model
// polls it or writes to its stdin with `write_stdin {session_id}`. Everything runs through the same
// CommandRunner (sandbox, rules, approvals) as `shell`; an `apply_patch` heredoc goes to the applier.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quote } from 'shell-quote'
import { applyPatchForModel } from './apply-patch/tool.js'
import { extractApplyPatch } from './apply-patch/invocation.js'
import { invalid, parseJsonObject } from './args.js'
import { gateCommand } from './command-gate.js'
import { formatExecOutput } from './exec-output.js'
import { MAX_SESSIONS } from './exec-sessions.js'
import type { ExecSession, ExecSessions } from './exec-sessions.js'
import { workdirProblem } from './shell.js'
import { watchShellEdits } from './shell-edits.js'
import { commandError } from './types.js'
import type { Tool, ToolContext, ToolResult } from './types.js'
import type { CommandRequest } from '../sandbox/types.js'

export interface ExecArgs {
  argv: string[]
  display: string
  workdir?: string | undefined
  yieldTimeMs?: number | undefined
  maxOutputTokens?: number | undefined
  escalate: boolean
  justification?: string | undefined
}

const EXAMPLE = '{"cmd":"npm test","workdir":"packages/app","yield_time_ms":10000}'
const SHELLS = new Set(['bash', 'sh', 'zsh'])

let loginShell: string | undefined

/**
 * The shell a command runs in when the model names none: as Codex, the user's login shell by its
 * path (`/bin/bash` on GitHub's runners, which is also how Codex renders the command in its
 * events), when it is one whose scripts the command rules read; else `bash` from PATH.
 */
function defaultShell(): string {
  if (loginShell !== undefined) return loginShell
  let shell = ''
  try {
    shell = os.userInfo().shell ?? ''
  } catch {
    // No passwd entry (some containers): bash from PATH.
  }
  const usable = path.isAbsolute(shell) && SHELLS.has(path.basename(shell)) && existsSync(shell)
  loginShell = usable ? shell : 'bash'
  return loginShell
}
const DEFAULT_YIELD_MS = 10_000
const MIN_YIELD_MS = 250
const MAX_YIELD_MS = 30_000

// Codex's own tool definition, byte for byte where it applies (models were trained on it); the
// parameters this harness cannot honour (`tty`, `prefix_rule`) are left out.
export const execCommandTool: Tool<ExecArgs> = {
  spec: {
    name: 'exec_command',
    description: 'Runs a command in a PTY, returning output or a session ID for ongoing interaction.',
    parameters: {
      type: 'object',
      properties: {
        cmd: { type: 'string', description: 'Shell command to execute.' },
        justification: {
          type: 'string',
          description: 'User-facing approval question for `require_escalated`; omit otherwise.',
        },
        login: { type: 'boolean', description: 'Request login-shell startup. Omit to inherit.' },
        max_output_tokens: {
          type: 'number',
          description:
            'Output token budget. Defaults to 10000 tokens; larger requests may be capped by policy.',
        },
        sandbox_permissions: {
          type: 'string',
          description:
            'Per-command sandbox override. Defaults to `use_default`; use `require_escalated` for unsandboxed execution.',
          enum: ['use_default', 'require_escalated'],
        },
        shell: {
          type: 'string',
          description: "Shell binary to launch. Defaults to the user's default shell.",
        },
        workdir: {
          type: 'string',
          description: 'Working directory for the command. Defaults to the turn cwd.',
        },
        yield_time_ms: {
          type: 'number',
          description: 'Wait before yielding output. Defaults to 10000 ms; effective range is 250-30000 ms.',
        },
      },
      required: ['cmd'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'exec_command', EXAMPLE)
    if (!parsed.ok) return parsed
    const raw = parsed.args
    // `command` is what models used to `shell` send; accepted rather than refused.
    const cmd = raw.cmd ?? raw.command
    const script = Array.isArray(cmd) && cmd.every((part) => typeof part === 'string') ? cmd.join(' ') : cmd
    if (typeof script !== 'string' || script.trim() === '') {
      return invalid('exec_command', '`cmd` must be a non-empty string', EXAMPLE)
    }
    const problem = optionalProblems(raw)
    if (problem !== undefined) return invalid('exec_command', problem, EXAMPLE)
    const shell = typeof raw.shell === 'string' && raw.shell !== '' ? raw.shell : defaultShell()
    // Only shells whose scripts the command rules can read: another program here would hide the
    // script's commands from `[[rules]]`.
    if (!SHELLS.has(path.basename(shell))) {
      return invalid('exec_command', '`shell` must be bash, sh or zsh (or left out)', EXAMPLE)
    }
    const argv = [shell, raw.login === false ? '-c' : '-lc', script]
    return {
      ok: true,
      args: {
        argv,
        // As Codex renders the command in its events: the whole argv, shell-quoted.
        display: quote(argv),
        workdir: raw.workdir as string | undefined,
        yieldTimeMs: raw.yield_time_ms as number | undefined,
        maxOutputTokens: raw.max_output_tokens as number | undefined,
        escalate: raw.sandbox_permissions === 'require_escalated' || raw.with_escalated_permissions === true,
        justification: raw.justification as string | undefined,
      },
    }
  },

  async run(args, context) {
    const cwd = path.resolve(context.workspace, args.workdir ?? '.')
    const problem = await workdirProblem(cwd, 'exec_command')
    if (problem !== undefined) return { output: problem, error: 'invalid-arguments' }
    const patchCall = extractApplyPatch(args.argv, cwd)
    if (patchCall !== undefined) return applyPatchForModel(patchCall.patch, context, patchCall.workdir)

    const gate = gateCommand(
      {
        argv: args.argv,
        display: args.display,
        escalationRequested: args.escalate,
        justification: args.justification,
      },
      context,
    )
    if (!gate.run) return gate.result
    context.emit({
      phase: 'started',
      item: commandItem(context.itemId, args.display, '', null, 'in_progress'),
    })
    const request = {
      argv: args.argv,
      cwd,
      timeoutMs: context.maxTimeoutMs,
      grant: gate.grant,
      signal: context.signal,
    }
    return watchShellEdits(args.argv, context, () => startAndWait(args, context, request))
  },
}

async function startAndWait(
  args: ExecArgs,
  context: ToolContext,
  request: CommandRequest,
): Promise<ToolResult> {
  const sessions = context.sessions
  const started = performance.now()
  if (sessions === undefined) {
    const result = await context.runner.run(request)
    const output = formatExecOutput({ ...result, wallMs: performance.now() - started }, args.maxOutputTokens)
    return finishedResult(output, result, { display: args.display, itemId: context.itemId })
  }
  const session = sessions.start(context.runner, request, { display: args.display, itemId: context.itemId })
  if (session === undefined) {
    return {
      output: `exec_command: ${MAX_SESSIONS} commands are still running (sessions ${sessions.runningIds().join(', ')}). Wait for one with write_stdin before starting another.`,
      error: 'unavailable',
    }
  }
  await session.wait(clamp(args.yieldTimeMs ?? DEFAULT_YIELD_MS, MIN_YIELD_MS, MAX_YIELD_MS), context.signal)
  return sessionResult(session, sessions, performance.now() - started, args.maxOutputTokens)
}

function optionalProblems(raw: Record<string, unknown>): string | undefined {
  const checks: [string, string, string][] = [
    ['workdir', 'string', 'a string path'],
    ['shell', 'string', 'a program name such as "bash"'],
    ['justification', 'string', 'a string'],
    ['login', 'boolean', 'true or false'],
    ['yield_time_ms', 'number', 'a number of milliseconds'],
    ['max_output_tokens', 'number', 'a number'],
  ]
  for (const [key, type, what] of checks) {
    if (raw[key] !== undefined && typeof raw[key] !== type) return `\`${key}\` must be ${what}`
  }
  const permissions = raw.sandbox_permissions
  if (permissions !== undefined && permissions !== 'use_default' && permissions !== 'require_escalated') {
    return '`sandbox_permissions` must be "use_default" or "require_escalated"'
  }
  return undefined
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** What the model reads after waiting on a session: new output, and whether it is still running. */
export function sessionResult(
  session: ExecSession,
  sessions: ExecSessions,
  wallMs: number,
  maxOutputTokens: number | undefined,
): ToolResult {
  const output = session.takeOutput()
  const result = session.result
  if (result === undefined) {
    return {
      output: formatExecOutput({ output, wallMs, sessionId: session.id }, maxOutputTokens),
      error: undefined,
      budgeted: true,
    }
  }
  sessions.release(session)
  return finishedResult(
    formatExecOutput({ ...result, output, wallMs }, maxOutputTokens),
    result,
    session.info,
  )
}

function finishedResult(
  output: string,
  result: NonNullable<ExecSession['result']>,
  info: { display: string; itemId: string },
): ToolResult {
  const error = commandError(result)
  return {
    output,
    error,
    budgeted: true,
    item: commandItem(
      info.itemId,
      info.display,
      result.output,
      result.exitCode,
      error === undefined ? 'completed' : 'failed',
    ),
  }
}

function commandItem(
  id: string,
  command: string,
  output: string,
  exitCode: number | null,
  status: 'in_progress' | 'completed' | 'failed',
) {
  return {
    id,
    type: 'command_execution' as const,
    command,
    aggregated_output: output,
    exit_code: exitCode,
    status,
  }
}
