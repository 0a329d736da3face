// Attachments on the web origin, as github.com serves `/user-attachments/assets/<id>`: only with
// the token (a private repository's attachments need it), either the bytes or a redirect to where
// they are (github.com sends a signed URL on another host). Each request is recorded with whether
// it carried the token, so a test can see where the token went.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiContext } from './api.js'

export interface Attachment {
  bytes: Buffer
  contentType: string
  /** Answer 302 to this URL instead of the bytes. */
  redirectTo?: string | undefined
}

const ATTACHMENT_PATH = /^\/user-attachments\/assets\/([\w-]+)$/

export function handleAttachment(
  context: ApiContext,
  attachments: ReadonlyMap<string, Attachment>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): boolean {
  const id = ATTACHMENT_PATH.exec(url.pathname)?.[1]
  if (id === undefined) return false
  request.resume()
  const header = String(request.headers.authorization ?? '')
  const withToken = header === `token ${context.token}` || header === `Bearer ${context.token}`
  const attachment = attachments.get(id)
  const status = !withToken ? 404 : !attachment ? 404 : attachment.redirectTo ? 302 : 200
  context.requests.push({
    method: request.method ?? 'GET',
    path: url.pathname,
    operationId: 'attachment',
    body: { withToken },
    status,
    response: null,
  })
  if (status === 302 && attachment?.redirectTo) {
    response.writeHead(302, { location: attachment.redirectTo })
    response.end()
  } else if (status === 200 && attachment) {
    response.writeHead(200, {
      'content-type': attachment.contentType,
      'content-length': attachment.bytes.length,
    })
    response.end(attachment.bytes)
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' })
    response.end('Not Found')
  }
  return true
}
