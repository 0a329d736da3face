// A provider config pointing at the fake model, and a client for it, for the model adapter tests.
import type { ProviderConfig } from '../../src/config/types.js'
import { createModelClient } from '../../src/model/openai.js'
import type { ModelClient, ModelRequest } from '../../src/model/types.js'
import type { WireApi } from '../../src/config/types.js'

export const WIRES: WireApi[] = ['responses', 'chat']

export function testProvider(
  baseUrl: string,
  wireApi: WireApi,
  overrides: Partial<ProviderConfig> = {},
): ProviderConfig {
  return {
    id: 'fake',
    name: 'Fake',
    baseUrl,
    envKey: 'FAKE_API_KEY',
    wireApi,
    queryParams: {},
    httpHeaders: {},
    envHttpHeaders: {},
    requestMaxRetries: 2,
    streamIdleTimeoutMs: 10_000,
    ...overrides,
  }
}

export function testClient(
  baseUrl: string,
  wireApi: WireApi,
  options: {
    provider?: Partial<ProviderConfig>
    apiKey?: string | undefined
    env?: NodeJS.ProcessEnv
    log?: (line: string) => void
  } = {},
): ModelClient {
  return createModelClient({
    provider: testProvider(baseUrl, wireApi, options.provider),
    model: 'fake-model',
    apiKey: 'apiKey' in options ? options.apiKey : 'sk-test',
    env: options.env ?? {},
    log: options.log,
  })
}

export function userTurn(text: string, extra: Partial<ModelRequest> = {}): ModelRequest {
  return {
    instructions: 'You are a coding agent.',
    input: [{ type: 'message', role: 'user', content: text }],
    tools: [],
    ...extra,
  }
}
