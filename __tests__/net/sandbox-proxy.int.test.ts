// The model's commands see the runner's proxy variables only when they have network: then a
// package install behind the proxy works; without, the proxy's address (and any credentials in
// it) stays out of the sandbox. Real bubblewrap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeWorld, type SandboxWorld } from '../sandbox/fixture.js'

let world: SandboxWorld
const PROXY = 'http://proxy-user:proxy-pass@proxy.example:3128'

beforeAll(() => {
  world = makeWorld()
  Object.assign(world.parentEnv, { HTTPS_PROXY: PROXY, http_proxy: PROXY, NO_PROXY: 'internal.example' })
})
afterAll(() => world.dispose())

const printEnv = ['sh', '-c', 'env | grep -i _proxy= | sort || true']

describe('proxy variables in the sandbox', () => {
  it('are absent when commands have no network', async () => {
    for (const runner of [await world.runner('workspace-write'), await world.runner('read-only')]) {
      const result = await world.run(runner, printEnv)
      expect(result.exitCode).toBe(0)
      expect(result.output).not.toMatch(/proxy/i)
    }
  })

  it('are passed when the policy gives network, or a rule grants it to one command', async () => {
    const networked = await world.runner('workspace-write', { networkAccess: true })
    const withNetwork = await world.run(networked, printEnv)
    expect(withNetwork.output).toContain(`HTTPS_PROXY=${PROXY}`)
    expect(withNetwork.output).toContain(`http_proxy=${PROXY}`)
    expect(withNetwork.output).toContain('NO_PROXY=internal.example')

    const offline = await world.runner('workspace-write')
    const granted = await offline.run({
      argv: printEnv,
      cwd: world.workspace,
      timeoutMs: 15_000,
      grant: { network: true },
    })
    expect(granted.output).toContain(`HTTPS_PROXY=${PROXY}`)
  })
})
