// Whose token this is: the login the action's own comments and reviews carry. REST `GET /user`
// refuses installation tokens (the job's GITHUB_TOKEN, an app's token); GraphQL `viewer` answers
// for every kind. Used to recognise our own earlier comments, never a marker alone.
import type { GitHubClient } from './client.js'

export async function ownLogin(client: GitHubClient): Promise<string | undefined> {
  const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
  const login = answer.viewer?.login
  return typeof login === 'string' && login !== '' ? login : undefined
}

/** A comment by our own identity: a bot (a person cannot be one) with our login. */
export function writtenBy(user: { login: string; type: string } | null | undefined, own: string): boolean {
  // REST names an app's bot `name[bot]`; compare without the suffix in case one side lacks it.
  const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '')
  return user?.type === 'Bot' && bare(user.login) === bare(own)
}
