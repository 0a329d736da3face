// What the runner would tell the action for an event in the example payloads' repository.
import type { TriggerSettings } from '../../src/github/event.js'
import type { RunnerEnv } from '../../src/github/types.js'

export const OWNER = 'Codertocat'
export const REPO = 'Hello-World'
export const FULL_NAME = `${OWNER}/${REPO}`

export function runnerEnv(eventName: string, urls: { apiUrl?: string; serverUrl?: string } = {}): RunnerEnv {
  return {
    eventName,
    eventPath: '/home/runner/work/_temp/_github_workflow/event.json',
    repository: { owner: OWNER, repo: REPO },
    serverUrl: urls.serverUrl ?? 'https://github.com',
    apiUrl: urls.apiUrl ?? 'https://api.github.com',
    runId: '42',
    runAttempt: '1',
    actor: OWNER,
    sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    ref: 'refs/heads/master',
    workspace: '/home/runner/work/Hello-World/Hello-World',
    runnerTemp: '/home/runner/work/_temp',
    workflow: 'codex',
  }
}

export const SETTINGS: TriggerSettings = { triggerPhrase: '/codex', labelTrigger: 'codex', prompt: undefined }
