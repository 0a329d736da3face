// `output-schema` through dist/index.js, and `exec --output-schema` through dist/cli.js: the final
// message is asked for as JSON (Responses `text.format`, or instructions on `chat`), validated,
// retried once when invalid, and set as the `structured-output` output — or the run fails naming
// the validation errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { runCli } from './exec-run.js'
import { commentsOn, issueCommentPayload, MAINTAINER, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()

const SCHEMA = {
  type: 'object',
  properties: { files: { type: 'integer' }, summary: { type: 'string' } },
  required: ['files', 'summary'],
  additionalProperties: false,
}

async function ask(s: Scenario, inputs: Record<string, string>) {
  s.github.state.addIssue(REPO, { title: 'How big is it?', user: MAINTAINER })
  const comment = s.github.state.addComment(REPO, 1, {
    body: '/codex ask how many source files?',
    user: MAINTAINER,
  })
  return s.run({ eventName: 'issue_comment', payload: issueCommentPayload(s, comment.id), inputs })
}

describe('output-schema in the action', () => {
  it('sends the schema as the response format, retries once after prose, and sets structured-output', async () => {
    const script: ScriptedTurn[] = [
      { text: 'There is one source file, src/date.js.' },
      { text: '{"files": 1, "summary": "one source file"}' },
    ]
    const scenario = await scenarios.start({ script })
    const { main } = await ask(scenario, { 'output-schema': JSON.stringify(SCHEMA) })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('answered')
    expect(JSON.parse(main.outputs['structured-output']!)).toEqual({ files: 1, summary: 'one source file' })
    const first = scenario.model.requests[0]!.body as { text?: { format?: unknown } }
    expect(first.text?.format).toEqual({
      type: 'json_schema',
      name: 'codex_output_schema',
      strict: true,
      schema: SCHEMA,
    })
    const retry = JSON.stringify(scenario.model.requests[1]!.body)
    expect(retry).toContain('does not match the required JSON Schema (inline JSON): not JSON')
    expect(scenario.model.requests).toHaveLength(2)
  })

  it('fails naming the validation errors when the answer is still invalid after the retry', async () => {
    const script: ScriptedTurn[] = [{ text: '{"files": "one"}' }, { text: '{"files": "one"}' }]
    const scenario = await scenarios.start({ script })
    const { main } = await ask(scenario, { 'output-schema': JSON.stringify(SCHEMA) })
    expect(main.exitCode).toBe(1)
    expect(main.outputs.conclusion).toBe('failed')
    expect(main.outputs['structured-output']).toBe('')
    expect(main.outputs['final-message']).toContain(
      'does not match the output schema (inline JSON) after one retry',
    )
    expect(main.outputs['final-message']).toContain('/files must be integer')
    const reply = commentsOn(scenario.github, 1).find((entry) => entry.user === 'github-actions[bot]')
    expect(reply?.body).toContain('/files must be integer')
  })

  it('refuses a schema that is not JSON before any model request, naming the input', async () => {
    const scenario = await scenarios.start({ script: [{ text: 'unused' }] })
    const { main } = await ask(scenario, { 'output-schema': '{"type": "object",' })
    expect(main.exitCode).toBe(1)
    expect(main.stdout + main.stderr).toContain("input 'output-schema' the inline JSON is not JSON")
    expect(scenario.model.requests).toHaveLength(0)
  })
})

describe('exec --output-schema', () => {
  it('on chat, puts the schema in the task and prints the validated JSON as the final message', async () => {
    const model = await startFakeModel([{ text: '```json\n{"files": 3, "summary": "three"}\n```' }])
    const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-'))
    try {
      const schemaFile = path.join(dir, 'schema.json')
      await writeFile(schemaFile, JSON.stringify(SCHEMA))
      const config = path.join(dir, 'config.toml')
      await writeFile(
        config,
        `model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${model.baseUrl}"\nwire_api = "chat"\n`,
      )
      const run = await runCli(
        [
          'exec',
          '--skip-git-repo-check',
          '--cd',
          dir,
          '--config-file',
          config,
          '--sandbox',
          'read-only',
          '--output-schema',
          schemaFile,
          'count the files',
        ],
        { PATH: process.env.PATH, HOME: dir },
      )
      expect(run.stderr).toContain('completed')
      expect(run.code).toBe(0)
      expect(run.stdout).toBe('{"files":3,"summary":"three"}\n')
      const sent = JSON.stringify(model.requests[0]!.body)
      expect(sent).toContain('must be only a JSON value that matches this JSON Schema')
      expect(model.requests[0]!.body).not.toHaveProperty('response_format')
    } finally {
      await model.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
