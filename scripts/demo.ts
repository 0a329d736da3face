// `npm run demo`: the whole product on one machine. A local GitHub (REST + git over HTTP) holds a
// small repository whose test fails; someone files an issue and comments `/codex fix the failing
// test`; the bundled action (`node dist/index.js`) runs as a GitHub runner would run it, against a
// scripted model; then the demo prints what the user would see — the thread, the PR and its diff.
//
// With a real model: npm run demo -- --base-url https://api.openai.com/v1 --model gpt-5-codex
//   [--wire-api responses|chat], the key in $DEMO_API_KEY.
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { examplePayload, payloadParts } from '../__fixtures__/github/payloads.js'
import { prepareRunner, runAction } from '../__fixtures__/github/runner.js'
import { startFakeGitHub } from '../__fixtures__/github/server.js'
import type { FakeGitHub } from '../__fixtures__/github/server.js'
import { startFakeModel } from '../__fixtures__/model/fake-model.js'
import { fixDateScenario } from '../__fixtures__/model/scenarios.js'
import { fixtureFiles } from '../__fixtures__/workspace.js'

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, model: { type: 'string' }, 'wire-api': { type: 'string' } },
})
const REPO = 'acme/date-utils'
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const heading = (text: string) => process.stdout.write(`\n${bold(`━━ ${text}`)}\n`)

async function main(): Promise<number> {
  const realModel = values['base-url'] !== undefined
  if (realModel && !process.env.DEMO_API_KEY)
    throw new Error('--base-url needs the model key in $DEMO_API_KEY')
  const sandbox = hasBubblewrap() ? 'workspace-write' : undefined
  if (!sandbox && realModel)
    throw new Error(
      'bubblewrap is not installed (apt-get install bubblewrap); a real model runs only sandboxed',
    )
  const model = realModel ? undefined : await startFakeModel(fixDateScenario())
  const github = await startFakeGitHub()
  try {
    const baseUrl = values['base-url'] ?? model!.baseUrl
    github.state.addRepo({
      owner: 'acme',
      name: 'date-utils',
      files: { ...(await fixtureFiles()), '.codex/config.toml': configToml(baseUrl) },
    })
    github.state.setPermission(REPO, 'alice', 'write')
    const issue = github.state.addIssue(REPO, {
      title: 'formatDate returns the wrong month',
      body: '`formatDate(new Date(Date.UTC(2024, 0, 5)))` gives `2024-00-05`; the tests fail.',
      user: 'alice',
    })
    const comment = github.state.addComment(REPO, issue.number, {
      body: '/codex fix the failing test',
      user: 'alice',
    })
    const parts = payloadParts(github)
    const payload = examplePayload('issue_comment', 'created', (p) => {
      p.issue = parts.issue(REPO, issue.number)
      p.comment = parts.comment(comment.id)
      p.sender = parts.user('alice')
    })
    heading(`alice files issue #${issue.number} and comments "/codex fix the failing test"`)
    if (!sandbox)
      process.stdout.write(
        '(bubblewrap is not installed: the scripted demo runs with sandbox: danger-full-access)\n',
      )
    const runner = await prepareRunner({
      github,
      repo: REPO,
      eventName: 'issue_comment',
      payload,
      inputs: { 'api-key': process.env.DEMO_API_KEY ?? 'demo-key', sandbox: sandbox ?? 'danger-full-access' },
    })
    heading('the workflow runs the action: node dist/index.js (its log)')
    const run = await runAction(runner, 'index', { timeoutMs: 30 * 60_000 })
    await runAction(runner, 'post')
    process.stdout.write(
      indent(
        run.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::'))
          .join('\n'),
      ),
    )
    await runner.cleanup()
    showThread(github, issue.number)
    const shown = showPullRequest(github)
    heading('outputs')
    for (const [name, value] of Object.entries(run.outputs))
      if (value !== '') process.stdout.write(`  ${name}: ${value.split('\n')[0]}\n`)
    showNextSteps(run.outputs['cost-usd'] ?? '', realModel)
    return run.exitCode === 0 && shown ? 0 : 1
  } finally {
    await github.close()
    await model?.close()
  }
}

function showThread(github: FakeGitHub, number: number): void {
  heading(`issue #${number}: the thread`)
  for (const comment of [...github.state.comments.values()].filter((entry) => entry.issueNumber === number)) {
    process.stdout.write(
      `\n${bold(`@${comment.user.login}`)}:\n${indent(comment.body.replace(/<!--[\s\S]*?-->/g, '').trim())}`,
    )
  }
}

function showPullRequest(github: FakeGitHub): boolean {
  const repo = github.state.repo(REPO)
  const pull = [...repo.issues.values()].find((entry) => entry.pull !== undefined)
  if (!pull?.pull) {
    heading('no pull request was opened')
    return false
  }
  heading(`pull request #${pull.number}${pull.pull.draft ? ' (draft)' : ''}: ${pull.title}`)
  process.stdout.write(indent((pull.body ?? '').replace(/<!--[\s\S]*?-->/g, '').trim()))
  heading(`the diff: ${pull.pull.baseRef}...${pull.pull.headRef}`)
  process.stdout.write(repo.git.git(['diff', `${pull.pull.baseSha}...${pull.pull.headSha}`]))
  return true
}

/** Where to go from here, and why the footer said "cost unknown" when it did. */
function showNextSteps(costUsd: string, realModel: boolean): void {
  heading('what next')
  const lines: string[] = []
  if (costUsd === '') {
    const model = realModel ? `the model ${values.model ?? ''}` : 'the scripted demo model'
    lines.push(
      `"cost unknown": ${model} has no price in the built-in table, so its turns and`,
      '  tokens are counted but not priced. For a model without a built-in price, add',
      '  [pricing."<model>"] (USD per million tokens) to .codex/config.toml: the comment then',
      '  shows the cost, and max-cost-usd can bound it.',
    )
  }
  lines.push(
    'Use it on your repository:',
    '  1. copy examples/comment.yml to .github/workflows/codex.yml',
    '  2. add your model key as the repository secret OPENAI_API_KEY (another provider: see Configuration in README.md)',
    '  3. comment "/codex <task>" on an issue; the action replies and opens a draft PR',
    'Try a real model here first:',
    '  DEMO_API_KEY=sk-… npm run demo -- --base-url https://api.openai.com/v1 --model gpt-5-codex',
    'Or run the agent on any folder: node dist/cli.js exec "<task>"',
  )
  process.stdout.write(indent(lines.join('\n')))
}

function configToml(baseUrl: string): string {
  const wire = values['wire-api'] ?? 'responses'
  return `model_provider = "demo"\nmodel = "${values.model ?? 'scripted-demo-model'}"\n\n[model_providers.demo]\nname = "Demo"\nbase_url = "${baseUrl}"\nwire_api = "${wire}"\n`
}

function hasBubblewrap(): boolean {
  try {
    execFileSync('bwrap', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function indent(text: string): string {
  return `${text.replace(/^/gm, '  ')}\n`
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`)
  return 1
})
