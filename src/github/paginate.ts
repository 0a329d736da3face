// Listing every page of a REST collection without the paginate plugin (the client does not load it).

export const PER_PAGE = 100

/** Every page of a listing, up to GitHub's usual ceiling of 3000 items. */
export async function allPages<T>(fetchPage: (page: number) => Promise<T[]>, maxPages = 30): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; page <= maxPages; page += 1) {
    const batch = await fetchPage(page)
    items.push(...batch)
    if (batch.length < PER_PAGE) break
  }
  return items
}
