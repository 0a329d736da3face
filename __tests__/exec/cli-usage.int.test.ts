// The command line as a user meets it (issue 17, item 12): help and version, exit 2 with clap's
// usage on bad arguments (as `codex exec` does), and a read-only refusal that shows.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { VERSION } from '../../src/version.js'
import { runCli as runCliProcess, type CliRun } from '../helpers/cli-process.js'

const runCli = (args: string[], input = ''): Promise<CliRun> => runCliProcess(args, { input })

let fake: FakeModel | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  await fake?.close()
  await workspace?.cleanup()
  fake = undefined
  workspace = undefined
})

describe('exec --help and --version', () => {
  it('prints the help on stdout, with every flag, and exits 0', async () => {
    const run = await runCli(['exec', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: node dist\/cli\.js exec \[OPTIONS\] \[PROMPT\]$/m)
    for (const flag of [
      '--cd',
      '--config',
      '--config-file',
      '--ignore-user-config',
      '--strict-config',
      '--oss',
      '--local-provider',
      '--profile',
      '--model',
      '--sandbox',
      '--json',
    ])
      expect(run.stdout).toContain(flag)
    for (const flag of ['--output-last-message', '--max-turns', '--timeout-minutes', '--max-cost-usd'])
      expect(run.stdout).toContain(flag)
    expect(run.stderr).toBe('')
  })

  it('prints the version for exec -V and the top-level --version', async () => {
    const exec = await runCli(['exec', '-V'])
    expect(exec.code).toBe(0)
    expect(exec.stdout.trim()).toBe(`codex-pr-action exec ${VERSION}`)
    const top = await runCli(['--version'])
    expect(top.code).toBe(0)
    expect(top.stdout.trim()).toBe(`codex-pr-action ${VERSION}`)
  })
})

describe('bad arguments exit 2 with the usage', () => {
  const usage = (stderr: string) => {
    expect(stderr).toContain('Usage: node dist/cli.js exec [OPTIONS] [PROMPT]')
    expect(stderr).toContain("For more information, try '--help'.")
  }

  it('an unknown flag', async () => {
    const run = await runCli(['exec', '--frobnicate', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^error: .*--frobnicate/)
    usage(run.stderr)
  })

  it('a --cd that does not exist', async () => {
    const run = await runCli(['exec', '--cd', '/no/such/folder', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/error: --cd '\/no\/such\/folder': no such folder/)
    usage(run.stderr)
  })

  it('an empty prompt, as an argument or on stdin', async () => {
    workspace = await makeWorkspace()
    const argument = await runCli(['exec', '--cd', workspace.dir, '   '])
    expect(argument.code).toBe(2)
    expect(argument.stderr).toMatch(/error: the PROMPT argument is empty/)
    const stdin = await runCli(['exec', '--cd', workspace.dir, '--sandbox', 'read-only'], '\n')
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toMatch(/error: no prompt/)
    usage(stdin.stderr)
  })

  it('accepts --skip-git-repo-check, as openai/codex-action passes it', async () => {
    const run = await runCli(['exec', '--skip-git-repo-check', '--help'])
    expect(run.code).toBe(0)
  })
})

describe('apply_patch refused by the read-only policy', () => {
  it('shows in the progress log and as a failed file_change in --json', async () => {
    fake = await startFakeModel([
      { calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }] },
      { text: 'I could not edit.' },
    ])
    workspace = await makeWorkspace()
    const config = path.join(workspace.dir, '..', 'config.toml')
    await writeFile(
      config,
      `model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${fake.baseUrl}"\n`,
    )
    const before = await readFile(path.join(workspace.dir, 'src/date.js'), 'utf8')
    const run = await runCli([
      'exec',
      '--cd',
      workspace.dir,
      '--config-file',
      config,
      '-s',
      'read-only',
      '--json',
      'Fix it.',
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/apply_patch failed: M src\/date\.js/)
    const events = run.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { type: string; item?: { type: string; status: string; changes: unknown } },
      )
    const change = events.find(
      (event) => event.type === 'item.completed' && event.item?.type === 'file_change',
    )
    expect(change?.item).toMatchObject({
      status: 'failed',
      // Absolute, as Codex names changed files in --json.
      changes: [{ path: path.join(workspace.dir, 'src/date.js'), kind: 'update' }],
    })
    expect(await readFile(path.join(workspace.dir, 'src/date.js'), 'utf8')).toBe(before)
  })
})
