// Runs one step of the action (`node dist/index.js` or `node dist/post.js`) as the runner does:
// a child process with the step's environment and fresh file-command files, whose outputs, saved
// state, summary and exported variables are read back afterwards.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunnerSandbox } from './runner.js'

export interface WorkflowCommand {
  command: string
  properties: string
  message: string
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** GITHUB_OUTPUT as parsed by the runner (`name<<delimiter` heredocs and `name=value` lines). */
  outputs: Record<string, string>
  /** GITHUB_STATE written by this step. */
  state: Record<string, string>
  /** GITHUB_STEP_SUMMARY markdown. */
  summary: string
  /** GITHUB_ENV written by this step (also applied to the sandbox for later steps). */
  exportedEnv: Record<string, string>
  /** `::command props::message` lines on stdout (`error`, `warning`, `add-mask`, `debug`…). */
  commands: WorkflowCommand[]
}

export interface RunActionOptions {
  /** Kill the step after this long (default 5 minutes), as a job's timeout would. */
  timeoutMs?: number
  /** Extra variables for this step only. */
  env?: Record<string, string>
  /**
   * Cancel the step once its output matches: `cancel` as the runner does it (SIGINT, then SIGTERM
   * 7.5 s later), or `kill` (SIGKILL: the step dies without cleaning up). `killWhen`: after a
   * `cancel`, SIGKILL once the output matches it (the runner's kill, before the step is done).
   */
  cancelWhen?: { output: RegExp; how: 'cancel' | 'kill'; killWhen?: RegExp | undefined }
}

export async function runAction(
  sandbox: RunnerSandbox,
  script: 'index' | 'post',
  options: RunActionOptions = {},
): Promise<ActionRun> {
  const commandDir = join(sandbox.temp, '_runner_file_commands')
  const files = {
    GITHUB_OUTPUT: join(commandDir, `set_output_${randomUUID()}`),
    GITHUB_STATE: join(commandDir, `save_state_${randomUUID()}`),
    GITHUB_STEP_SUMMARY: join(commandDir, `step_summary_${randomUUID()}`),
    GITHUB_ENV: join(commandDir, `set_env_${randomUUID()}`),
    GITHUB_PATH: join(commandDir, `add_path_${randomUUID()}`),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const stateVariables = Object.fromEntries(
    Object.entries(sandbox.savedState).map(([name, value]) => [`STATE_${name}`, value]),
  )
  const env = { ...sandbox.env, ...(script === 'post' ? stateVariables : {}), ...files, ...options.env }
  const entry = join(sandbox.actionRoot, 'dist', `${script}.js`)
  const result = await spawnStep(
    entry,
    sandbox.workspace,
    env,
    options.timeoutMs ?? 5 * 60_000,
    options.cancelWhen,
  )

  const state = parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8'))
  const exportedEnv = parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8'))
  if (script === 'index') Object.assign(sandbox.savedState, state)
  Object.assign(sandbox.env, exportedEnv)
  return {
    ...result,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv,
    commands: parseWorkflowCommands(result.stdout),
  }
}

function spawnStep(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  cancelWhen: RunActionOptions['cancelWhen'],
) {
  return new Promise<Pick<ActionRun, 'exitCode' | 'signal' | 'stdout' | 'stderr'>>((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let cancelled = false
    let escalation: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (cancelled && cancelWhen?.killWhen?.test(stdout)) child.kill('SIGKILL')
      if (!cancelWhen || cancelled || !cancelWhen.output.test(stdout)) return
      cancelled = true
      if (cancelWhen.how === 'kill') child.kill('SIGKILL')
      else {
        child.kill('SIGINT')
        escalation = setTimeout(() => child.kill('SIGTERM'), 7_500)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      clearTimeout(escalation)
      resolve({ exitCode, signal, stdout, stderr })
    })
  })
}

/** The runner's parser for GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV. */
export function parseFileCommand(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '')
      if (i >= lines.length) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`)
      values[name] = body.join('\n')
      continue
    }
    const equals = line.indexOf('=')
    if (equals === -1) throw new Error(`file command: malformed line ${JSON.stringify(line)}`)
    values[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return values
}

function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  return stdout.split(/\r?\n/).flatMap((line) => {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    return match ? [{ command: match[1] ?? '', properties: match[2] ?? '', message: match[3] ?? '' }] : []
  })
}
