// Issue 12 item 11: repairing a broken sandbox (sudo apt-get, sudo sysctl) changes the machine, so
// only the action on a GitHub-hosted runner (a VM thrown away after the job) may do it. `exec` on a
// developer's machine and the action on a self-hosted runner leave the machine alone and print the
// exact command to run. The machine here has no bubblewrap on PATH, and a `sudo`, `apt-get` and
// `sysctl` that record every call instead of changing anything.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { commentsOn, issueCommentPayload, MAINTAINER, REPO, useScenarios } from './scenario.js'
import { runCli as runCliProcess, type CliRun } from '../helpers/cli-process.js'

const INSTALL_FIX = 'sudo apt-get install -y bubblewrap'

let machine: { dir: string; path: string; calls: string }

/** PATH with every program of the system but bwrap, after recording stand-ins for the fixers. */
function machineWithoutBwrap(): typeof machine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-no-bwrap-'))
  const tools = path.join(dir, 'tools')
  const fakes = path.join(dir, 'fakes')
  const calls = path.join(dir, 'calls.log')
  fs.mkdirSync(tools)
  fs.mkdirSync(fakes)
  for (const folder of ['/usr/local/bin', '/usr/bin']) {
    if (!fs.existsSync(folder)) continue
    for (const name of fs.readdirSync(folder)) {
      if (name === 'bwrap' || fs.existsSync(path.join(tools, name))) continue
      fs.symlinkSync(path.join(folder, name), path.join(tools, name))
    }
  }
  for (const name of ['sudo', 'apt-get', 'sysctl']) {
    fs.writeFileSync(path.join(fakes, name), `#!/bin/sh\necho "${name} $*" >> '${calls}'\nexit 0\n`, {
      mode: 0o755,
    })
  }
  return { dir, path: `${fakes}:${tools}`, calls }
}

function recordedCalls(): string {
  return fs.existsSync(machine.calls) ? fs.readFileSync(machine.calls, 'utf8') : ''
}

beforeEach(() => {
  machine = machineWithoutBwrap()
})
afterEach(() => fs.rmSync(machine.dir, { recursive: true, force: true }))

describe('exec never repairs the machine it runs on', () => {
  let model: FakeModel | undefined
  let workspace: Workspace | undefined
  afterEach(async () => {
    await model?.close()
    await workspace?.cleanup()
  })

  it('even inside a GitHub-hosted job: no sudo, no apt-get, the fix printed, no model call', async () => {
    model = await startFakeModel([{ text: 'never asked' }])
    workspace = await makeWorkspace()
    const config = path.join(workspace.dir, '..', 'config.toml')
    fs.writeFileSync(
      config,
      `model_provider = "fake"\nmodel = "m"\n[model_providers.fake]\nname = "F"\nbase_url = "${model.baseUrl}"\n`,
    )
    const env = {
      PATH: machine.path,
      HOME: path.join(machine.dir, 'home'),
      OPENAI_API_KEY: 'k',
      GITHUB_ACTIONS: 'true',
      RUNNER_ENVIRONMENT: 'github-hosted',
    }
    const run = await runCli(['exec', '--cd', workspace.dir, '--config-file', config, 'fix it'], env)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('bubblewrap (bwrap) was not found on PATH')
    expect(run.stderr).toContain(INSTALL_FIX)
    expect(recordedCalls()).toBe('')
    expect(model.requests).toHaveLength(0)
  })
})

describe('the action repairs only a GitHub-hosted runner', () => {
  const scenarios = useScenarios()

  async function runOn(runnerEnvironment: string) {
    const scenario = await scenarios.start({ script: [{ text: 'never asked' }] })
    scenario.github.state.addIssue(REPO, { title: 'Tidy up', user: MAINTAINER })
    const comment = scenario.github.state.addComment(REPO, 1, { body: '/codex tidy up', user: MAINTAINER })
    const { main } = await scenario.run({
      eventName: 'issue_comment',
      payload: issueCommentPayload(scenario, comment.id),
      env: { PATH: machine.path, RUNNER_ENVIRONMENT: runnerEnvironment },
    })
    const report = commentsOn(scenario.github, 1).find((c) => c.user === 'github-actions[bot]')
    return { main, report: report?.body ?? '', scenario }
  }

  it('self-hosted: nothing is run with sudo, and the comment and log say what to run', async () => {
    const { main, report, scenario } = await runOn('self-hosted')
    expect(main.outputs.conclusion).toBe('failed')
    expect(recordedCalls()).toBe('')
    expect(main.stdout).toContain(INSTALL_FIX)
    expect(report).toContain(INSTALL_FIX)
    expect(scenario.model.requests).toHaveLength(0)
  })

  it('github-hosted: the probe installs bubblewrap through apt-get', async () => {
    const { main, scenario } = await runOn('github-hosted')
    // The stand-in installed nothing, so the run still fails closed after trying.
    expect(main.outputs.conclusion).toBe('failed')
    expect(recordedCalls()).toMatch(/apt-get install -y -q bubblewrap/)
    expect(scenario.model.requests).toHaveLength(0)
  })
})

const runCli = (args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> => runCliProcess(args, { env })
