// Formats a Date as YYYY-MM-DD in UTC.
export function formatDate(date) {
  const year = date.getUTCFullYear()
  const month = String(date.getUTCMonth()).padStart(2, '0')
  const day = String(date.getUTCDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}
