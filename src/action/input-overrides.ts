// The action's model and sandbox inputs, as `-c` overrides applied on top of the config file:
// an input that is set wins over the file, and goes through the same validation.
import { InputError } from '../inputs.js'
import type { Settings } from '../inputs.js'
import { parse } from 'smol-toml'
import { ConfigError } from '../config/errors.js'
import { BUILT_IN_PROVIDER_IDS } from '../config/providers.js'

/** The provider id an ad-hoc `base-url` (without `provider`) defines. */
export const AD_HOC_PROVIDER = 'action'

type ModelInputs = Pick<Settings, 'model' | 'provider' | 'baseUrl' | 'wireApi' | 'sandbox' | 'networkAccess'>

export function overridesFromInputs(inputs: ModelInputs): string[] {
  const overrides: string[] = []
  const set = (key: string, value: string | boolean) => overrides.push(`${key}=${JSON.stringify(value)}`)
  if (inputs.model !== undefined) set('model', inputs.model)
  if (inputs.provider !== undefined) {
    set('model_provider', inputs.provider)
    if (inputs.baseUrl !== undefined)
      set(`model_providers.${quoteKey(inputs.provider)}.base_url`, inputs.baseUrl)
    if (inputs.wireApi !== undefined)
      set(`model_providers.${quoteKey(inputs.provider)}.wire_api`, inputs.wireApi)
  } else if (inputs.baseUrl !== undefined) {
    set('model_provider', AD_HOC_PROVIDER)
    set(`model_providers.${AD_HOC_PROVIDER}.name`, 'base-url input')
    set(`model_providers.${AD_HOC_PROVIDER}.base_url`, inputs.baseUrl)
    set(`model_providers.${AD_HOC_PROVIDER}.wire_api`, inputs.wireApi ?? 'chat')
  }
  set('sandbox_mode', inputs.sandbox)
  set('sandbox_workspace_write.network_access', inputs.networkAccess)
  return overrides
}

/** The action's way to give the model key: an input or the step's env, never a shell export. */
export function actionKeyFix(envKey: string): string {
  return `pass the key to the step as \`api-key: \${{ secrets.${envKey} }}\` (or set ${envKey} in the step's env:)`
}

/**
 * A config error caused by the `provider` input, reworded to name the input: "model_providers.x.
 * base_url is missing" means nothing to someone who only wrote `provider: x` in a workflow.
 */
export function explainProviderInput(
  error: unknown,
  inputs: Pick<Settings, 'provider' | 'baseUrl'>,
  definedProviders: string[],
  configPath: string,
): unknown {
  const { provider } = inputs
  if (!(error instanceof ConfigError) || provider === undefined || inputs.baseUrl !== undefined) return error
  const key = error.key ?? ''
  if (key !== 'model_provider' && !key.startsWith(`model_providers.`)) return error
  if (definedProviders.includes(provider)) return error
  return new InputError(
    'provider',
    `is '${provider}', but no provider by that name exists (defined: ${definedProviders.join(', ')}). Fix: use one of those, add a [model_providers.${provider}] table with base_url to ${configPath}, or give base-url as well`,
  )
}

/** The provider ids a config text defines, built-ins first (for "defined: …" in messages). */
export function definedProviderIds(text: string | undefined): string[] {
  let table: unknown
  try {
    table = text === undefined ? {} : (parse(text) as { model_providers?: unknown }).model_providers
  } catch {
    table = undefined
  }
  const own = typeof table === 'object' && table !== null ? Object.keys(table) : []
  return [...new Set([...BUILT_IN_PROVIDER_IDS, ...own])]
}

/** A TOML key segment: bare when it can be, else a quoted string. */
function quoteKey(segment: string): string {
  return /^[A-Za-z0-9_-]+$/.test(segment) ? segment : JSON.stringify(segment)
}
