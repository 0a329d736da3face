// The conversation a run starts from and ends with: the opening user messages (environment,
// AGENTS.md, quoted context, images, the task), how many of them compaction keeps, and the final
// assistant text.
import type { Item } from '../model/types.js'
import { acceptsImages } from '../tools/families.js'
import { taskImagesItem } from './images.js'
import type { AgentOptions } from './options.js'
import { loadProjectDocs } from './project-docs.js'
import { environmentContext, projectDocsMessage } from './prompt.js'

export async function openingItems(options: AgentOptions): Promise<Item[]> {
  const docs = options.projectDocs ?? (await loadProjectDocs(options.workspace, options.projectDocMaxBytes))
  const texts = [
    environmentContext(options.runner.policy, options.workspace, options.approvalPolicy),
    projectDocsMessage(docs, options.workspace),
    ...(options.context ?? []),
  ]
  const items: Item[] = texts
    .filter((text): text is string => text !== undefined && text !== '')
    .map((content) => ({ type: 'message', role: 'user', content }))
  if (options.images && options.images.length > 0)
    items.push(taskImagesItem(options.images, acceptsImages(options.model.info.model)))
  if (options.task !== '') items.push({ type: 'message', role: 'user', content: options.task })
  return items
}

/** A resumed transcript's opening messages: those compaction keeps. */
export function leadingUserMessages(history: readonly Item[]): number {
  const index = history.findIndex((item) => !(item.type === 'message' && item.role === 'user'))
  return index === -1 ? history.length : index
}

export function lastAssistantText(items: readonly Item[]): string {
  const messages = items.filter((item) => item.type === 'message' && item.role === 'assistant')
  const last = messages.at(-1)
  return last?.type === 'message' ? last.content : ''
}
