// `exec --output-schema FILE` through `dist/cli.js`: the schema goes to a Responses model as Codex
// sends it (a strict json_schema `text.format` named codex_output_schema, as the probe of Codex
// 0.171 showed), the final message is checked against it, and an answer that does not match is
// asked for once more, then fails the run rather than reaching a script as data.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { execHarness, modelSaw } from './exec-process.js'
import type { ExecHarness } from './exec-process.js'

const SCHEMA = {
  type: 'object',
  properties: { files: { type: 'integer' }, summary: { type: 'string' } },
  required: ['files', 'summary'],
  additionalProperties: false,
}

let harness: ExecHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function withSchema(
  script: ScriptedTurn[],
  wire: 'chat' | 'responses',
): Promise<{ h: ExecHarness; schemaFile: string }> {
  harness = await execHarness(script, { wire })
  const schemaFile = path.join(harness.outside, 'schema.json')
  await writeFile(schemaFile, JSON.stringify(SCHEMA))
  return { h: harness, schemaFile }
}

describe('exec --output-schema', () => {
  it('sends the schema as Codex does on responses; the JSON is the final message on stdout and in -o', async () => {
    const { h, schemaFile } = await withSchema([{ text: '{"files": 2, "summary": "two"}' }], 'responses')
    const last = path.join(h.outside, 'last.json')
    const run = await h.exec([
      '--cd',
      h.dir,
      '-s',
      'read-only',
      '--output-schema',
      schemaFile,
      '-o',
      last,
      'Count.',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('{"files":2,"summary":"two"}\n')
    expect(await readFile(last, 'utf8')).toBe('{"files":2,"summary":"two"}')
    expect(h.model.requests[0]?.body['text']).toEqual({
      format: { type: 'json_schema', name: 'codex_output_schema', strict: true, schema: SCHEMA },
    })
  })

  it('an answer that does not match is asked for again, naming what is wrong', async () => {
    const { h, schemaFile } = await withSchema(
      [{ text: 'There are two files.' }, { text: '{"files": 2, "summary": "two"}' }],
      'chat',
    )
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--output-schema', schemaFile, 'Count.'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('{"files":2,"summary":"two"}\n')
    expect(modelSaw(h.model, 1)).toContain('Your final message does not match the required JSON Schema')
  })

  it('still not matching after the retry: exit 1 with the schema errors, and nothing on stdout', async () => {
    const { h, schemaFile } = await withSchema(
      [{ text: '{"files": "two"}' }, { text: '{"files": "two"}' }],
      'chat',
    )
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--output-schema', schemaFile, 'Count.'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const error = run.stderr.split('\n').find((line) => line.startsWith('error: '))
    expect(error).toMatch(
      /^error: the final message does not match the output schema \(.*schema\.json\) after one retry: /,
    )
    expect(error).toContain('/files must be integer')
    expect(error).toContain("(root) must have required property 'summary'")
    expect(h.model.requests).toHaveLength(2)
  })

  it('a schema file that is missing or not a schema stops before any model call', async () => {
    const { h, schemaFile } = await withSchema([{ text: 'never' }], 'chat')
    const missing = await h.exec(['--cd', h.dir, '--output-schema', `${schemaFile}.nope`, 'Count.'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`cannot read the JSON Schema file ${schemaFile}.nope (ENOENT)`)
    await writeFile(schemaFile, '{"type": 5}')
    const invalid = await h.exec(['--cd', h.dir, '--output-schema', schemaFile, 'Count.'])
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain('is not a valid JSON Schema')
    expect(h.model.requests).toHaveLength(0)
  })
})
