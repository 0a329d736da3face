import { describe, expect, it } from 'vitest'
import { neutraliseWorkflowCommands } from '../../src/common/redact.js'

// A model of how actions/runner finds commands in a step's output (src/Runner.Common/
// ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs): output is read line by line
// (.NET ReadLine: \n, \r or \r\n); TryParseV2 trims leading white space and needs `::name ...::`;
// TryParse finds `##[name ...]` anywhere in the line. Both use culture-sensitive .NET string
// comparisons, which under ICU skip ignorable code points (zero-width joiner, soft hyphen, controls),
// so the model also tries each line with those removed. Every command name counts as registered
// (after `::stop-commands::tok`, `tok` becomes one).
const DOTNET_WHITESPACE = /^[\s\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/u
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu

function parsesAsCommand(line: string): boolean {
  for (const candidate of [line, line.replace(IGNORABLE, '')]) {
    const trimmed = candidate.replace(DOTNET_WHITESPACE, '')
    if (trimmed.startsWith('::') && trimmed.indexOf('::', 2) > 2) return true
    const prefix = candidate.indexOf('##[')
    if (prefix >= 0 && candidate.indexOf(']', prefix) > prefix + 3) return true
  }
  return false
}

function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter(parsesAsCommand)
}

const ATTACKS = [
  '::set-output name=conclusion::success',
  '::add-mask::everything',
  '::stop-commands::resume-token',
  '::error file=src/a.ts,line=1::fake failure',
  '::warning::look here',
  '::debug::x',
  '::group::hidden',
  '::SET-ENV name=NODE_OPTIONS::--require /tmp/x.js',
  '    ::set-output name=indented::yes',
  '\t::save-state name=tracking-comment::{}',
  '\u00A0\u3000::set-output name=unicode-space::yes',
  '\u200D::set-output name=zwj-before::yes',
  ':\u200D:set-output name=zwj-between::yes',
  '\u00AD::add-mask::soft-hyphen',
  '##[set-output name=legacy;]value',
  'some text then ##[error]legacy mid-line',
  '#\u200D#[error]zwj inside the legacy prefix',
  '::resume-token::',
]

describe('neutraliseWorkflowCommands', () => {
  it('the runner model recognises every attack line as it stands (the test would catch a no-op)', () => {
    for (const line of ATTACKS) expect(parsesAsCommand(line), JSON.stringify(line)).toBe(true)
  })

  it('leaves no line the runner would read as a command', () => {
    for (const line of ATTACKS) {
      const out = neutraliseWorkflowCommands(line)
      expect(runnerCommands(out), JSON.stringify(line)).toEqual([])
    }
    expect(runnerCommands(neutraliseWorkflowCommands(ATTACKS.join('\n')))).toEqual([])
  })

  it('splits lines as the runner does, at \\r as well as \\n', () => {
    const text = 'progress 10%\r::set-output name=a::b\r\n##[warning]c\nok'
    const out = neutraliseWorkflowCommands(text)
    expect(runnerCommands(out)).toEqual([])
    expect(out.split(/\r\n|\r|\n/)).toHaveLength(4)
    expect(out.startsWith('progress 10%\r')).toBe(true)
  })

  it('keeps the text readable: a look-alike character, not a deletion', () => {
    expect(neutraliseWorkflowCommands('  ::add-mask::x')).toBe('  \uFF1A:add-mask::x')
    expect(neutraliseWorkflowCommands('a ##[error]b')).toBe('a ##\uFF3Berror]b')
  })

  it('leaves ordinary output untouched', () => {
    const text = [
      'std::vector<int> v; a::b::c',
      'Ran 12 tests: 12 passed',
      '# Heading',
      '## Section [link](url)',
      'time 12:30:45',
      'ipv6 ::1 is loopback',
    ].join('\n')
    expect(neutraliseWorkflowCommands(text)).toBe(text)
  })
})
