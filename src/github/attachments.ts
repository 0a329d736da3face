// Images attached to an issue, a pull request or the trigger comment: GitHub attachment URLs in
// the Markdown (`![alt](url)`, `<img src>`), fetched for the model. The token goes only to the
// GitHub server itself (github.com, or a GHES host), and only for its attachment paths; on
// github.com the signed image hosts it redirects to are fetched without it; any other host is
// never fetched, whatever the Markdown or a redirect says. Size and count are capped.
import type { Fetch } from '../net/proxy.js'
import { stripInvisible } from './sanitize.js'
import { MAX_IMAGE_BYTES, TOO_LARGE, toDataUrl } from '../protocol/images.js'
import type { ModelImage } from '../protocol/images.js'

export interface ImageReference {
  url: string
  alt: string
  source: string
}

const MAX_IMAGES = 5
const NOT_FETCHED = 'not fetched: the workflow sets `images: false`'
const MAX_REDIRECTS = 3
/** Where github.com serves attachments from, behind signed (token-free) URLs. */
const GITHUB_IMAGE_HOSTS = new Set([
  'private-user-images.githubusercontent.com',
  'user-images.githubusercontent.com',
])
const MARKDOWN_IMAGE = /!\[((?:[^\]\\\n]|\\.)*)\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g
const HTML_IMAGE = /<img\b[^>]*>/gi

export function findImages(markdown: string, source: string): ImageReference[] {
  const found: ImageReference[] = []
  for (const match of markdown.matchAll(MARKDOWN_IMAGE)) {
    found.push({ url: match[2] ?? '', alt: match[1] ?? '', source })
  }
  for (const match of markdown.matchAll(HTML_IMAGE)) {
    const tag = match[0]
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    const url = src?.[1] ?? src?.[2] ?? src?.[3]
    if (url) found.push({ url, alt: alt?.[1] ?? alt?.[2] ?? alt?.[3] ?? '', source })
  }
  return found
}

export interface FetchImagesOptions {
  /** False (the `images` input): nothing is fetched; each image is named by its alt text only. */
  enabled: boolean
  serverUrl: string
  token: string
  fetch: Fetch
  log: (line: string) => void
  signal?: AbortSignal | undefined
}

export async function fetchImages(
  references: readonly ImageReference[],
  options: FetchImagesOptions,
): Promise<ModelImage[]> {
  const images: ModelImage[] = []
  for (const reference of references.slice(0, MAX_IMAGES)) {
    const label = describe(reference.alt)
    if (!options.enabled) {
      images.push({ label, source: reference.source, skipped: NOT_FETCHED })
      continue
    }
    const result = await fetchOne(reference.url, options).catch((error: unknown) => ({
      skipped: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    }))
    if ('skipped' in result)
      options.log(`image ${label} from ${reference.source} left out: ${result.skipped}`)
    images.push({ label, source: reference.source, ...result })
  }
  if (references.length > MAX_IMAGES)
    options.log(`${references.length - MAX_IMAGES} more image(s) left out (at most ${MAX_IMAGES})`)
  return images
}

/** Alt text is written by whoever wrote the issue: one short line, invisible characters removed. */
function describe(alt: string): string {
  const text = stripInvisible(alt).replace(/\s+/g, ' ').trim().slice(0, 100)
  return text === '' ? 'an image without a description' : `an image described as ${JSON.stringify(text)}`
}

type Fetched = { dataUrl: string } | { skipped: string }

async function fetchOne(raw: string, options: FetchImagesOptions): Promise<Fetched> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { skipped: 'not an absolute URL' }
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const access = accessFor(url, options.serverUrl)
    if (access === 'refused') return { skipped: `${url.host} is not the GitHub server; not fetched` }
    const response = await options.fetch(url, {
      redirect: 'manual',
      headers: access === 'with-token' ? { authorization: `token ${options.token}` } : {},
      ...(options.signal ? { signal: options.signal } : {}),
    })
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      return { skipped: `GitHub answered ${response.status}` }
    }
    const bytes = await readCapped(response)
    return bytes === undefined ? { skipped: TOO_LARGE } : toDataUrl(bytes)
  }
  return { skipped: 'too many redirects' }
}

/** The token only for the server's own attachment paths; github.com's image hosts without it. */
function accessFor(url: URL, serverUrl: string): 'with-token' | 'without-token' | 'refused' {
  const server = new URL(serverUrl)
  if (url.protocol !== server.protocol && url.protocol !== 'https:') return 'refused'
  if (url.host === server.host) {
    const attachment = /^\/(?:user-attachments\/assets\/|[^/]+\/[^/]+\/assets\/)/.test(url.pathname)
    return attachment ? 'with-token' : 'refused'
  }
  if (server.host === 'github.com' && url.protocol === 'https:' && GITHUB_IMAGE_HOSTS.has(url.host))
    return 'without-token'
  return 'refused'
}

async function readCapped(response: Response): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_IMAGE_BYTES) {
    await response.body?.cancel()
    return undefined
  }
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of response.body ?? []) {
    total += chunk.byteLength
    if (total > MAX_IMAGE_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
