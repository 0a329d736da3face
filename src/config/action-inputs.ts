// The action's model and sandbox inputs, as `-c` overrides applied on top of the config file:
// an input that is set wins over the file, and goes through the same validation.
import type { Settings } from '../inputs.js'

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

/** A TOML key segment: bare when it can be, else a quoted string. */
function quoteKey(segment: string): string {
  return /^[A-Za-z0-9_-]+$/.test(segment) ? segment : JSON.stringify(segment)
}
