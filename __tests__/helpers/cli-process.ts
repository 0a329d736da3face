// A program run to its end with its output collected: how the tests run `node dist/cli.js` (and
// anything wrapped around it) as scripts and users do. Stdin is a pipe, closed after `input`.
import { spawn } from 'node:child_process'
import path from 'node:path'

export const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv | undefined
  cwd?: string | undefined
  input?: string | undefined
}

export function runProcess(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  const [program, ...args] = argv
  if (program === undefined) throw new Error('runProcess: empty argv')
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/** `node dist/cli.js …args`. */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return runProcess([process.execPath, CLI, ...args], options)
}
