// Issue 12 item 8, end to end through dist/index.js: in the action, commands get an allow-listed
// environment, so secrets the name filters miss (GH_PAT, NPM_AUTH, DATABASE_URL, SENTRY_DSN) never
// reach the model, while the runner's non-secret variables, toolchain homes and the config's
// `include_only` / `set` do; and a known secret a command prints is redacted before the model sees it.
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import {
  everythingWritten,
  issueCommentPayload,
  MAINTAINER,
  MODEL_KEY,
  REPO,
  useScenarios,
} from './scenario.js'

const scenarios = useScenarios()

const UNNAMED_SECRETS = {
  GH_PAT: 'github_pat_AllowListCanary_0123456789abcdef0123456789',
  NPM_AUTH: 'npm-auth-allow-list-canary-1234',
  DATABASE_URL: 'postgres://app:db-canary-pass@db.internal:5432/app',
  SENTRY_DSN: 'https://sentry-canary-0451@o1.ingest.sentry.io/1',
}

function shell(script: string): ScriptedTurn {
  return { calls: [{ name: 'shell', arguments: { command: ['bash', '-c', script] } }] }
}

describe('secrets the filters do not name (issue 12 item 8)', () => {
  it('never reach a command or the model; the allow-list, include_only and set do', async () => {
    const turns = [
      shell('env | sort'),
      shell('cat notes/leaked.txt; echo "$MY_TOOL_DIR $FOO"'),
      { text: 'done' },
    ]
    const scenario = await scenarios.start({
      script: turns,
      configExtra:
        'shell_environment_policy = { include_only = ["MY_TOOL_DIR"], set = { FOO = "from-set" } }\n',
      // A file in the repository holding the model key, as a careless commit would.
      extraFiles: { 'notes/leaked.txt': `key=${MODEL_KEY}\n` },
    })
    scenario.github.state.addIssue(REPO, { title: 'Tidy up', user: MAINTAINER })
    const comment = scenario.github.state.addComment(REPO, 1, { body: '/codex tidy up', user: MAINTAINER })
    const { main, post } = await scenario.run({
      eventName: 'issue_comment',
      payload: issueCommentPayload(scenario, comment.id),
      env: { ...UNNAMED_SECRETS, JAVA_HOME: '/opt/hostedtoolcache/jdk/21', MY_TOOL_DIR: '/opt/my-tool' },
    })
    expect(main.outputs.conclusion).toBe('no-changes')
    const modelSaw = scenario.model.requests.map((request) => JSON.stringify(request.body)).join('\n')
    const logs = [main.stdout, main.stderr, post.stdout, post.stderr].join('\n')
    for (const secret of [...Object.values(UNNAMED_SECRETS), MODEL_KEY, scenario.github.token]) {
      expect(modelSaw).not.toContain(secret)
      expect(everythingWritten(scenario.github)).not.toContain(secret)
    }
    expect(logs).not.toContain(UNNAMED_SECRETS.GH_PAT)
    // The commands ran: the allow-listed and configured variables are there.
    expect(modelSaw).toContain('GITHUB_REPOSITORY=acme/date-utils')
    expect(modelSaw).toContain('JAVA_HOME=/opt/hostedtoolcache/jdk/21')
    expect(modelSaw).toContain('/opt/my-tool from-set')
    expect(modelSaw).toContain('key=[redacted secret]')
  })
})
