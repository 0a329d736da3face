import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatDate } from '../src/date.js'

test('formats a date as YYYY-MM-DD', () => {
  assert.equal(formatDate(new Date(Date.UTC(2024, 0, 5))), '2024-01-05')
})

test('formats the last day of the year', () => {
  assert.equal(formatDate(new Date(Date.UTC(2023, 11, 31))), '2023-12-31')
})
