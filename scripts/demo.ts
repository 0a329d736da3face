// `npm run demo`: the agent fixes a failing test in a throwaway copy of the date-utils fixture,
// through the real CLI (`node dist/cli.js exec`), the real sandbox and the real applier, against
// the scripted fake model — then shows the diff and the tests passing.
//
// With a real model: npm run demo -- --base-url https://api.openai.com/v1 --model gpt-5-codex
//   [--wire-api responses|chat] (the key from $DEMO_API_KEY)
import { execFileSync, spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startFakeModel } from '../__fixtures__/model/fake-model.js'
import { fixDateScenario } from '../__fixtures__/model/scenarios.js'
import { makeWorkspace } from '../__fixtures__/workspace.js'

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, model: { type: 'string' }, 'wire-api': { type: 'string' } },
})
const TASK = 'Fix the failing test.'

function heading(text: string): void {
  process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`)
}

async function main(): Promise<number> {
  const workspace = await makeWorkspace()
  const realModel = values['base-url'] !== undefined
  const fake = realModel ? undefined : await startFakeModel(fixDateScenario())
  try {
    const configFile = path.join(workspace.dir, '..', 'demo-config.toml')
    const baseUrl = values['base-url'] ?? fake!.baseUrl
    const envKey = realModel ? 'env_key = "DEMO_API_KEY"\n' : ''
    await writeFile(
      configFile,
      `model_provider = "demo"\nmodel = "${values.model ?? 'scripted-demo-model'}"\n[model_providers.demo]\nname = "Demo"\nbase_url = "${baseUrl}"\nwire_api = "${values['wire-api'] ?? 'responses'}"\n${envKey}`,
    )
    heading(`the repository (${workspace.dir}): its tests fail`)
    process.stdout.write(runTests(workspace.dir).output)

    heading(`node dist/cli.js exec --sandbox workspace-write "${TASK}"`)
    // Asynchronous: the scripted model answers from this process's event loop.
    const execArgs = [
      'exec',
      '--cd',
      workspace.dir,
      '--config',
      configFile,
      '--sandbox',
      'workspace-write',
      TASK,
    ]
    const exec = spawn(process.execPath, ['dist/cli.js', ...execArgs], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    const execCode = await new Promise<number | null>((resolve) => exec.on('close', resolve))

    heading('git diff: what the agent changed')
    process.stdout.write(workspace.git('diff', '--stat') + workspace.git('diff'))
    heading('the tests now')
    const after = runTests(workspace.dir)
    process.stdout.write(after.output)
    if (fake) process.stdout.write(`\n(${fake.requests.length} requests to the scripted model)\n`)
    return execCode === 0 && after.passed ? 0 : 1
  } finally {
    await fake?.close()
    await workspace.cleanup()
  }
}

/** The test results in brief: one line per test, plus the actual/expected lines of failures. */
function runTests(dir: string): { passed: boolean; output: string } {
  let passed = true
  let report: string
  try {
    report = execFileSync('node', ['--test', '--test-reporter=spec'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    })
  } catch (error) {
    passed = false
    report = (error as { stdout?: string }).stdout ?? String(error)
  }
  const details = report.indexOf('✖ failing tests')
  const brief = (details < 0 ? report : report.slice(0, details))
    .split('\n')
    .filter((line) => /^[✔✖]|^ {2}[+-] '/.test(line))
  return { passed, output: `${brief.join('\n')}\n` }
}

process.exitCode = await main()
