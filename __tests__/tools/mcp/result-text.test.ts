// What the model reads when an MCP tool answers: text, structured content as JSON (once), media noted.
import { describe, expect, it } from 'vitest'
import { resultText } from '../../../src/tools/mcp/tool.js'

describe('MCP tool results as text', () => {
  it('joins the text parts', () => {
    const result = {
      content: [
        { type: 'text' as const, text: 'one' },
        { type: 'text' as const, text: 'two' },
      ],
    }
    expect(resultText(result)).toBe('one\ntwo')
  })

  it('adds structured content as JSON, but not when a text part already carries the same JSON', () => {
    const structured = { sum: 3, terms: [1, 2] }
    expect(
      resultText({ content: [{ type: 'text', text: 'The sum is 3.' }], structuredContent: structured }),
    ).toBe('The sum is 3.\n{"sum":3,"terms":[1,2]}')
    expect(
      resultText({
        content: [{ type: 'text', text: '{ "sum": 3, "terms": [1, 2] }' }],
        structuredContent: structured,
      }),
    ).toBe('{ "sum": 3, "terms": [1, 2] }')
  })

  it('notes images, audio and resources instead of pasting their bytes', () => {
    const data = Buffer.alloc(1234).toString('base64')
    const output = resultText({
      content: [
        { type: 'image', mimeType: 'image/png', data },
        { type: 'audio', mimeType: 'audio/wav', data },
        { type: 'resource_link', uri: 'file:///a.txt', name: 'a.txt' },
        { type: 'resource', resource: { uri: 'file:///b.txt', text: 'inline text' } },
        { type: 'resource', resource: { uri: 'file:///c.bin', mimeType: 'application/zip', blob: data } },
      ],
    })
    expect(output.split('\n')).toEqual([
      '[image: image/png, 1234 bytes]',
      '[audio: audio/wav, 1234 bytes]',
      '[resource: file:///a.txt (a.txt)]',
      'inline text',
      '[resource: file:///c.bin, application/zip, 1234 bytes]',
    ])
  })

  it('marks errors, and says so when a result is empty', () => {
    expect(resultText({ content: [{ type: 'text', text: 'no such repo' }], isError: true })).toBe(
      'Error: no such repo',
    )
    expect(resultText({ content: [], isError: true })).toBe('Error (the tool gave no details)')
    expect(resultText({ content: [] })).toBe('(no output)')
  })
})
