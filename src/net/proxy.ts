// Outbound HTTP for the model, MCP HTTP servers and the GitHub API. Node's own fetch ignores
// HTTPS_PROXY / HTTP_PROXY, so on a runner that reaches the internet only through a proxy every
// request would fail; this fetch goes through the proxy the environment names (CONNECT for https),
// except for NO_PROXY hosts and this machine, which are reached directly. TLS is Node's own, so a
// private CA given by NODE_EXTRA_CA_CERTS is trusted through the proxy as without it.
import type {
  EnvHttpProxyAgent,
  RequestInfo as UndiciRequestInfo,
  RequestInit as UndiciRequestInit,
} from 'undici'

export type Fetch = typeof globalThis.fetch

/** The proxy settings an environment names; lower-case names first, as curl and undici read them. */
export interface ProxySettings {
  httpProxy: string | undefined
  httpsProxy: string | undefined
  noProxy: string
}

function firstSet(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value.trim() !== '')
}

export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  const httpProxy = firstSet(env.http_proxy, env.HTTP_PROXY)
  return {
    httpProxy,
    httpsProxy: firstSet(env.https_proxy, env.HTTPS_PROXY) ?? httpProxy,
    noProxy: firstSet(env.no_proxy, env.NO_PROXY) ?? '',
  }
}

const PROXY_VARIABLE = /^(https?|all|ftp|no)_proxy$/i

/** HTTP_PROXY, https_proxy, ALL_PROXY, NO_PROXY… in either case. */
export function isProxyVariable(name: string): boolean {
  return PROXY_VARIABLE.test(name)
}

/** True for a URL on this machine (127.0.0.0/8, ::1, localhost): never sent through a proxy. */
export function isLoopbackUrl(url: string | URL): boolean {
  let host: string
  try {
    host = new URL(url).hostname
  } catch {
    return false
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/**
 * Node compiles its fetch (a large internal module) on first use, which costs a first request tens
 * of milliseconds: callers that wait on something else first (the sandbox probe's process) load it
 * in the meantime. Reading `globalThis.Headers` runs Node's lazy getter that loads it; through
 * Reflect.get because the bundler drops a plain read of a known global as having no effect.
 */
export function preloadFetch(): void {
  Reflect.get(globalThis, 'Headers')
}

/**
 * A fetch that honours the environment's proxy variables. Without any it is Node's own fetch, so
 * nothing changes for a runner that needs no proxy.
 */
export function proxyFetch(env: NodeJS.ProcessEnv = process.env): Fetch {
  const settings = proxySettings(env)
  if (settings.httpProxy === undefined && settings.httpsProxy === undefined) return globalThis.fetch
  const options = {
    // Empty strings, not undefined: undici would otherwise fall back to process.env for a missing one.
    httpProxy: settings.httpProxy ?? '',
    httpsProxy: settings.httpsProxy ?? '',
    noProxy: settings.noProxy,
    // Plain http goes to the proxy as an absolute-URI request, as curl sends it: many proxies
    // (Squid's default) refuse CONNECT to any port but 443. https is always a CONNECT tunnel.
    proxyTunnel: false,
  }
  let proxied: EnvHttpProxyAgent | undefined
  return async (input, init) => {
    if (isLoopbackUrl(urlOf(input))) return globalThis.fetch(input, init)
    const undici = await loadUndici()
    proxied ??= withoutExperimentalWarning(() => new undici.EnvHttpProxyAgent(options))
    // undici's fetch is the one Node's is built from; its Response is the same web Response.
    const response = await undici.fetch(requestInfo(input), {
      ...(init as UndiciRequestInit | undefined),
      dispatcher: proxied,
    })
    return response as unknown as Response
  }
}

const importUndici = () => import('undici')
let undiciModule: ReturnType<typeof importUndici> | undefined

/** undici is a megabyte of code: loaded at the first proxied request, not at start-up. */
function loadUndici(): ReturnType<typeof importUndici> {
  undiciModule ??= importUndici()
  return undiciModule
}

/**
 * undici warns once per process that EnvHttpProxyAgent is experimental; on a runner that line lands
 * in every job log behind a proxy and says nothing the user can act on. Only that warning is held back.
 */
function withoutExperimentalWarning<T>(build: () => T): T {
  const emitWarning = process.emitWarning
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0]
    const code =
      typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1]
    if (code === 'UNDICI-EHPA') return
    Reflect.apply(emitWarning, process, [warning, ...rest])
  }) as typeof process.emitWarning
  try {
    return build()
  } finally {
    process.emitWarning = emitWarning
  }
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input
  return input instanceof URL ? input.href : input.url
}

/** A web Request from Node's own fetch is not undici's class; undici would read it as a string. */
function requestInfo(input: string | URL | Request): UndiciRequestInfo {
  if (typeof input === 'string' || input instanceof URL) return input
  throw new TypeError(`proxyFetch takes a URL, not a Request object (${input.url})`)
}
