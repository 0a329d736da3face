// Command rules (`[[rules]]` in config.toml): decide, before a command runs, whether it is allowed
// (possibly with more sandbox than usual), forbidden, or needs a person's approval. A rule matches
// a simple command by its argv prefix; in a script every simple command is matched and the
// strictest decision wins, so `cd x && curl …` is as forbidden as `curl …`.
import os from 'node:os'
import path from 'node:path'
import type { CommandRule } from '../config/types.js'
import { commandWords } from './command-words.js'
import type { CommandRequest } from './types.js'

export type RuleDecision = 'allow' | 'forbidden' | 'escalate' | 'default'

export interface CommandDecision {
  decision: RuleDecision
  /** The rule that decided (the first of the strictest that matched). */
  rule?: CommandRule | undefined
  /** Sandbox widening for this command only, from the `allow` rules that matched. */
  grant?: CommandRequest['grant']
  /** One line for the model and the report: why this decision. */
  reason: string
}

/** A command that needs a person's approval before it may run (approval_policy = "on-request"). */
export interface PendingApproval {
  command: string[]
  justification: string
  /** Why it needs approval: the rule, the model's request, or an unreadable script. */
  reason: string
}

const STRICTNESS: Record<RuleDecision, number> = { default: 0, allow: 1, escalate: 2, forbidden: 3 }
/** Builtins that cannot reach anything: they do not stop a script from counting as allowed. */
const NEUTRAL = new Set(
  ['cd', 'pushd', 'popd', 'echo', 'printf', 'true', 'false', 'export', 'set', 'unset', ':', 'pwd'].concat([
    'test',
    '[',
    '[[',
    'exit',
    'local',
    'shift',
  ]),
)

export function decideCommand(argv: readonly string[], rules: readonly CommandRule[]): CommandDecision {
  if (rules.length === 0) return { decision: 'default', reason: 'no command rules are configured' }
  const read = commandWords(argv)
  if (!read.ok) return decideUnreadable(argv, read.reason, rules)
  let strictest: { decision: RuleDecision; rule?: CommandRule | undefined } = { decision: 'default' }
  const allowed: CommandRule[] = []
  let unmatched = false
  for (const words of read.commands) {
    const matched = strictestRule(rules.filter((rule) => matches(rule.prefix, words)))
    if (matched === undefined) {
      if (!NEUTRAL.has(words[0]!)) unmatched = true
      continue
    }
    if (matched.decision === 'allow')
      allowed.push(...rules.filter((r) => r.decision === 'allow' && matches(r.prefix, words)))
    if (STRICTNESS[matched.decision] > STRICTNESS[strictest.decision])
      strictest = { decision: matched.decision, rule: matched }
  }
  if (strictest.decision === 'forbidden' || strictest.decision === 'escalate') {
    return { ...strictest, reason: ruleReason(strictest.rule!) }
  }
  // A grant covers the whole process, so every command in it must be allowed to get one.
  if (strictest.decision === 'allow' && !unmatched) {
    return {
      decision: 'allow',
      rule: strictest.rule,
      grant: grantOf(allowed),
      reason: ruleReason(strictest.rule!),
    }
  }
  const reason =
    strictest.decision === 'allow' ? 'only part of the script is allowed by a rule' : 'no rule matches'
  return { decision: 'default', reason }
}

/**
 * A script the rules cannot read runs only with approval, unless a forbidden rule matches anywhere
 * in its words: then it is forbidden, so hiding `curl` in `$(…)` gains nothing.
 */
function decideUnreadable(
  argv: readonly string[],
  why: string,
  rules: readonly CommandRule[],
): CommandDecision {
  const words = argv.flatMap((arg) => arg.split(/[\s;&|()<>`$"'{}=]+/)).filter((word) => word !== '')
  for (const rule of rules.filter((candidate) => candidate.decision === 'forbidden')) {
    for (let start = 0; start < words.length; start++) {
      if (matches(rule.prefix, words.slice(start)))
        return { decision: 'forbidden', rule, reason: ruleReason(rule) }
    }
  }
  return { decision: 'escalate', reason: `the command rules cannot read this command (${why})` }
}

function strictestRule(matching: CommandRule[]): CommandRule | undefined {
  let best: CommandRule | undefined
  for (const rule of matching) if (!best || STRICTNESS[rule.decision] > STRICTNESS[best.decision]) best = rule
  return best
}

/** Exact words; `*` matches any one word; the program matches by base name (`/usr/bin/curl`). */
export function matches(prefix: readonly string[], words: readonly string[]): boolean {
  if (prefix.length === 0 || words.length < prefix.length) return false
  return prefix.every((expected, index) => {
    if (expected === '*') return true
    const actual = words[index]!
    return index === 0 ? path.basename(expected) === path.basename(actual) : expected === actual
  })
}

function grantOf(rules: CommandRule[]): CommandRequest['grant'] {
  const network = rules.some((rule) => rule.network === true)
  const writable = [...new Set(rules.flatMap((rule) => rule.writable ?? []))]
  if (!network && writable.length === 0) return undefined
  return { ...(network ? { network } : {}), ...(writable.length > 0 ? { writable } : {}) }
}

/** `[git push]: pushing is the harness's job` — the words the model and the report see. */
export function ruleReason(rule: CommandRule): string {
  const label = `rule [${rule.prefix.join(' ')}]`
  return rule.justification ? `${label}: ${rule.justification}` : label
}

/** Writable paths from rules as absolute paths: `~` is the home folder, relative is the workspace. */
export function resolveGrant(
  grant: CommandRequest['grant'],
  workspace: string,
  home: string = os.homedir(),
): CommandRequest['grant'] {
  if (grant?.writable === undefined) return grant
  const writable = grant.writable.map((entry) => {
    if (entry === '~') return home
    if (entry.startsWith('~/')) return path.join(home, entry.slice(2))
    return path.resolve(workspace, entry)
  })
  return { ...grant, writable }
}
