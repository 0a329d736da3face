// Wires the action's stages. The GitHub front end (events, gate, context, publish) is not built
// yet, so the action refuses loudly instead of pretending to run.
import * as core from '@actions/core'

export async function run(): Promise<void> {
  try {
    throw new Error(
      'codex-pr-action: the GitHub front end is not built yet; only `node dist/cli.js exec` works (see README "Status").',
    )
  } catch (error) {
    core.setOutput('conclusion', 'failed')
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

export async function cleanup(): Promise<void> {
  // Nothing to clean up until the tracking comment exists.
}
