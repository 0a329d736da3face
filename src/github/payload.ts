// Reading the webhook payload: untrusted JSON, narrowed field by field into the trigger's parts.
// A field of the wrong type reads as empty (or undefined), never as what it claims to be.
import type { Actor, IssueRef, Skip, TriggerComment } from './types.js'

export type Json = Record<string, unknown>

export function issueRef(issue: Json | undefined, isPullRequest?: boolean): IssueRef | undefined {
  const number = integer(issue?.number)
  if (!issue || number === undefined) return undefined
  const headSha = string(record(issue.head)?.sha)
  return {
    ...(isPullRequest && headSha !== '' ? { headShaAtEvent: headSha } : {}),
    number,
    title: string(issue.title),
    body: string(issue.body),
    htmlUrl: string(issue.html_url),
    author: string(record(issue.user)?.login),
    isPullRequest: isPullRequest ?? record(issue.pull_request) !== undefined,
  }
}

export function commentOf(comment: Json, kind: TriggerComment['kind']): TriggerComment | undefined {
  const id = integer(comment.id)
  if (id === undefined) return undefined
  return {
    id,
    body: string(comment.body),
    htmlUrl: string(comment.html_url),
    createdAt: string(comment.created_at),
    kind,
  }
}

export function actorOf(user: unknown): Actor {
  const fields = record(user)
  const type = fields?.type === 'Bot' || fields?.type === 'Organization' ? fields.type : 'User'
  return { login: string(fields?.login), type }
}

export function skip(reason: string): Skip {
  return { source: 'skip', reason }
}

export function isSkip(value: object): value is Skip {
  return 'source' in value && value.source === 'skip'
}

export function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined
}

export function string(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

export function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
