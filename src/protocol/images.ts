// Images given to a model: bytes whose first bytes say PNG, JPEG, GIF or WebP (never what a file
// name or a server claims, so a text file — a key, a token — cannot pass as an image), capped in
// size, as data URLs that both wire APIs accept.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface ModelImage {
  /** What the image is, for the model and for models that cannot see it: alt text or file name. */
  label: string
  /** Where it came from, e.g. "the issue body" or a workspace path. */
  source: string
  /** `data:image/png;base64,…`; undefined when the image could not be fetched or read. */
  dataUrl?: string | undefined
  /** Why there is no data URL. */
  skipped?: string | undefined
}

/** Per image: large screenshots are a few MB; the model's limits are around 20 MB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const TOO_LARGE = `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`

export function imageMimeType(bytes: Uint8Array): string | undefined {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP')
    return 'image/webp'
  return undefined
}

/** The bytes as a data URL, or why they are not an image the model can take. */
export function toDataUrl(bytes: Uint8Array): { dataUrl: string } | { skipped: string } {
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { skipped: TOO_LARGE }
  const mime = imageMimeType(bytes)
  if (!mime) return { skipped: 'not a PNG, JPEG, GIF or WebP image' }
  return { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` }
}

/** `exec -i FILE`: a local image the user chose; anything but an image is an error. */
export async function readImageFile(file: string): Promise<ModelImage> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const why = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new Error(`-i ${file}: cannot read it (${why})`, { cause: error })
  }
  const image = toDataUrl(bytes)
  if ('skipped' in image) throw new Error(`-i ${file}: ${image.skipped}`)
  return {
    label: `the image file ${path.basename(file)}`,
    source: 'the command line',
    dataUrl: image.dataUrl,
  }
}
