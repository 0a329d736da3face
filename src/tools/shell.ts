// shell: runs one command through the sandboxed CommandRunner. A call that is really an
// apply_patch (argv or heredoc, as Codex models often send it) is handed to the applier instead, so
// the patch is checked for path safety rather than run as a program.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { quote } from 'shell-quote'
import { applyPatchForModel } from './apply-patch/tool.js'
import { extractApplyPatch } from './apply-patch/invocation.js'
import { invalid, parseJsonObject } from './args.js'
import { gateCommand } from './command-gate.js'
import { watchShellEdits } from './shell-edits.js'
import { commandError } from './types.js'
import type { Tool } from './types.js'
import type { CommandResult } from '../sandbox/types.js'

export interface ShellArgs {
  command: string[]
  workdir?: string | undefined
  timeoutMs?: number | undefined
  /** Codex's parameters for asking to run with more than the sandbox allows. */
  withEscalatedPermissions?: boolean | undefined
  justification?: string | undefined
}

const EXAMPLE = '{"command":["bash","-lc","npm test"],"workdir":"packages/app","timeout_ms":60000}'

export const shellTool: Tool<ShellArgs> = {
  spec: {
    name: 'shell',
    description: 'Run a command (argv array) and return its exit code and output.',
    parameters: {
      type: 'object',
      properties: {
        command: { type: 'array', items: { type: 'string' }, description: 'e.g. ["bash", "-lc", "ls -la"]' },
        workdir: { type: 'string', description: 'working folder, relative to the workspace' },
        timeout_ms: { type: 'number', description: 'timeout in milliseconds' },
        with_escalated_permissions: {
          type: 'boolean',
          description: 'ask to run this command with more than the sandbox allows (needs approval)',
        },
        justification: { type: 'string', description: 'why the escalated permissions are needed' },
      },
      required: ['command'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'shell', EXAMPLE)
    if (!parsed.ok) return parsed
    const {
      command,
      workdir,
      timeout_ms: timeoutMs,
      with_escalated_permissions: escalate,
      justification,
    } = parsed.args
    // Some chat models send a plain string; running it through bash is what they meant.
    const argv = typeof command === 'string' ? ['bash', '-lc', command] : command
    if (!Array.isArray(argv) || argv.length === 0 || !argv.every((part) => typeof part === 'string')) {
      return invalid('shell', '`command` must be a non-empty array of strings', EXAMPLE)
    }
    if (workdir !== undefined && typeof workdir !== 'string') {
      return invalid('shell', '`workdir` must be a string path', EXAMPLE)
    }
    if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || !(timeoutMs > 0))) {
      return invalid('shell', '`timeout_ms` must be a positive number', EXAMPLE)
    }
    if (escalate !== undefined && typeof escalate !== 'boolean') {
      return invalid('shell', '`with_escalated_permissions` must be true or false', EXAMPLE)
    }
    if (justification !== undefined && typeof justification !== 'string') {
      return invalid('shell', '`justification` must be a string', EXAMPLE)
    }
    const args: ShellArgs = { command: argv as string[], workdir, timeoutMs }
    if (escalate === true) args.withEscalatedPermissions = true
    if (justification !== undefined) args.justification = justification
    return { ok: true, args }
  },

  async run(args, context) {
    const cwd = path.resolve(context.workspace, args.workdir ?? '.')
    const problem = await workdirProblem(cwd, 'shell')
    if (problem !== undefined) return { output: problem, error: 'invalid-arguments' }

    const patchCall = extractApplyPatch(args.command, cwd)
    if (patchCall !== undefined) return applyPatchForModel(patchCall.patch, context, patchCall.workdir)

    const display = quote(args.command)
    const gate = gateCommand(
      {
        argv: args.command,
        display,
        escalationRequested: args.withEscalatedPermissions === true,
        justification: args.justification,
      },
      context,
    )
    if (!gate.run) return gate.result
    context.emit({
      phase: 'started',
      item: {
        id: context.itemId,
        type: 'command_execution',
        command: display,
        aggregated_output: '',
        exit_code: null,
        status: 'in_progress',
      },
    })
    const timeoutMs = Math.min(args.timeoutMs ?? context.defaultTimeoutMs, context.maxTimeoutMs)
    return watchShellEdits(args.command, context, async () => {
      const result = await context.runner.run({
        argv: args.command,
        cwd,
        timeoutMs,
        grant: gate.grant,
        signal: context.signal,
      })
      const error = commandError(result)
      return {
        output: formatForModel(result, timeoutMs),
        error,
        item: {
          id: context.itemId,
          type: 'command_execution',
          command: display,
          aggregated_output: result.output,
          exit_code: result.exitCode,
          status: error === undefined ? 'completed' : 'failed',
        },
      }
    })
  },
}

/**
 * Codex's `shell_command`: the same tool with the command as one string for the user's shell
 * (`parse` already runs a string command through `bash -lc`). Accepted from any model; offered to none.
 */
export const shellCommandTool: Tool<ShellArgs> = {
  ...shellTool,
  spec: {
    name: 'shell_command',
    description: 'Run a shell script and return its exit code and output.',
    parameters: {
      type: 'object',
      properties: {
        command: { type: 'string', description: 'the script to run, e.g. "npm test"' },
        workdir: { type: 'string', description: 'working folder, relative to the workspace' },
        timeout_ms: { type: 'number', description: 'timeout in milliseconds' },
      },
      required: ['command'],
      additionalProperties: false,
    },
  },
}

export async function workdirProblem(cwd: string, toolName: string): Promise<string | undefined> {
  const info = await stat(cwd).catch(() => undefined)
  if (info === undefined)
    return `${toolName}: workdir ${cwd} does not exist. Use a folder inside the workspace.`
  if (!info.isDirectory()) return `${toolName}: workdir ${cwd} is not a folder.`
  return undefined
}

/** Codex's layout, which Codex-tuned models expect to read. */
export function formatForModel(result: CommandResult, timeoutMs: number): string {
  if (result.sandboxError !== undefined)
    return `The sandbox could not run the command: ${result.sandboxError}`
  const lines = [
    `Exit code: ${result.exitCode ?? (result.timedOut ? 124 : 1)}`,
    `Wall time: ${(result.durationMs / 1000).toFixed(1)} seconds`,
  ]
  if (result.timedOut)
    lines.push(
      `Timed out after ${timeoutMs} ms: the command was killed. Pass a larger timeout_ms if it needs longer.`,
    )
  if (result.truncated)
    lines.push('Output exceeded the capture limit; the rest was discarded and the command stopped.')
  lines.push('Output:', result.output)
  return lines.join('\n')
}
