// The model table: which tool shapes each model family is offered.
import { describe, expect, it } from 'vitest'
import { toolFamilyFor } from '../../src/tools/families.js'

describe('tool families', () => {
  it.each([
    'gpt-5.1-codex',
    'gpt-5.1-codex-max',
    'gpt-5.2-codex',
    'gpt-5.2',
    'gpt-5.5',
    'gpt-5.10-mini',
    'gpt-6',
    'openai/gpt-5.3-codex',
    'GPT-5.2-Codex',
  ])('offers %s on the Responses API exec_command and the free-form apply_patch', (model) => {
    expect(toolFamilyFor(model, 'responses')).toMatchObject({
      commandTool: 'exec_command',
      applyPatch: 'freeform',
      parallelToolCalls: true,
    })
  })

  it.each(['gpt-5-codex', 'gpt-5', 'gpt-5.1', 'gpt-4.1', 'o3', 'glm-4.6', 'deepseek-chat'])(
    'offers %s the classic shell and function apply_patch',
    (model) => {
      expect(toolFamilyFor(model, 'responses')).toMatchObject({
        commandTool: 'shell',
        applyPatch: 'function',
      })
    },
  )

  it('offers every model over Chat Completions the classic tools: it has no free-form tools', () => {
    expect(toolFamilyFor('gpt-5.2-codex', 'chat').name).toBe('classic')
  })
})
