// view_image, as Codex has it: the model names an image file in the workspace and it is attached
// to the conversation for its next turn. The harness reads the file (the sandbox cannot hand
// bytes to the model), so the path must resolve — symlinks followed — inside the workspace, and
// the bytes must be an image by their own signature: a key or token file is never sent.
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { MAX_IMAGE_BYTES, toDataUrl } from '../protocol/images.js'
import { invalid, parseJsonObject } from './args.js'
import type { Tool } from './types.js'

const EXAMPLE = '{"path":"docs/screenshot.png"}'

export const viewImageTool: Tool<{ path: string }> = {
  spec: {
    name: 'view_image',
    description: 'Attach a local image (by filesystem path) to the conversation context for this turn.',
    parameters: {
      type: 'object',
      properties: { path: { type: 'string', description: 'Local filesystem path to an image file' } },
      required: ['path'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'view_image', EXAMPLE)
    if (!parsed.ok) return parsed
    const file = parsed.args.path
    if (typeof file !== 'string' || file.trim() === '')
      return invalid('view_image', '`path` must be a path', EXAMPLE)
    return { ok: true, args: { path: file } }
  },

  async run(args, context) {
    const refuse = (why: string) => ({ output: `view_image: ${why}`, error: 'refused' as const })
    let real: string
    try {
      real = await realpath(path.resolve(context.workspace, args.path))
    } catch {
      return refuse(`${args.path} does not exist`)
    }
    const inside = path.relative(await realpath(context.workspace), real)
    if (inside.startsWith('..') || path.isAbsolute(inside))
      return refuse(`${args.path} is outside the workspace; only images in the workspace can be viewed`)
    const info = await stat(real)
    if (!info.isFile()) return refuse(`${args.path} is not a file`)
    if (info.size > MAX_IMAGE_BYTES) return refuse(`${args.path} is larger than ${MAX_IMAGE_BYTES} bytes`)
    const image = toDataUrl(await readFile(real))
    if ('skipped' in image) return refuse(`${args.path} is ${image.skipped}`)
    return { output: 'attached local image path', error: undefined, images: [image.dataUrl] }
  },
}
