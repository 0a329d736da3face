// When the step's inputs are invalid nothing else can run, but the person who commented should not
// be left waiting on a silent thread: one reply saying the workflow is misconfigured and which
// input. Best effort: every failure here is a log line, never a second error.
import { createGitHubClient } from '../github/client.js'
import { replyOnce } from '../github/comments.js'
import { parseTrigger } from '../github/event.js'
import type { Redactor } from '../common/redact.js'
import { renderMisconfigured } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { RunnerEnv } from '../github/types.js'
import type { InputProblem, Settings } from '../inputs.js'
import { errorMessage } from '../common/errors.js'

export interface MisconfiguredInput {
  env: RunnerEnv
  payload: unknown
  settings: Pick<Settings, 'githubToken' | 'triggerPhrase' | 'labelTrigger'>
  problems: InputProblem[]
  redactor: Redactor
  log: (line: string) => void
}

/** The reply's URL, or undefined when the event has no thread or is not addressed to the action. */
export async function replyMisconfigured(input: MisconfiguredInput): Promise<string | undefined> {
  const trigger = parseTrigger(input.env, input.payload, { ...input.settings, prompt: undefined })
  // A comment without the trigger phrase was not meant for us: a broken workflow must not answer
  // every comment in the repository.
  if (trigger.source === 'skip' || input.settings.githubToken === '') return undefined
  try {
    const client = createGitHubClient({
      token: input.settings.githubToken,
      apiUrl: input.env.apiUrl,
      log: input.log,
    })
    const body = renderMisconfigured(input.problems, runUrl(input.env))
    const reply = await replyOnce(client, input.env, trigger, body, {
      redactor: input.redactor,
      log: input.log,
    })
    return reply?.url
  } catch (error) {
    input.log(`could not reply about the misconfiguration: ${errorMessage(error)}`)
    return undefined
  }
}
