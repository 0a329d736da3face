// Scripted model turns shared by the tests, the benchmark and the demo: what a good model does
// for "fix the failing test" in the date-utils fixture — read, run the failing tests, patch,
// rerun, answer.
import type { ScriptedTurn } from './fake-model.js'

export const FIX_DATE_PATCH = `*** Begin Patch
*** Update File: src/date.js
@@ export function formatDate(date) {
   const year = date.getUTCFullYear()
-  const month = String(date.getUTCMonth()).padStart(2, '0')
+  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
   const day = String(date.getUTCDate()).padStart(2, '0')
*** End Patch`

export const FIX_DATE_FINAL_MESSAGE =
  'Fixed `formatDate`: `getUTCMonth()` is zero-based, so the month was one behind. Added `+ 1`; `node --test` now passes (2 tests).'

export function fixDateScenario(): ScriptedTurn[] {
  return [
    {
      text: 'Let me look at the code and tests.',
      calls: [
        {
          name: 'update_plan',
          arguments: {
            plan: [
              { step: 'Reproduce the failing test', status: 'in_progress' },
              { step: 'Fix formatDate', status: 'pending' },
              { step: 'Rerun the tests', status: 'pending' },
            ],
          },
        },
        { name: 'shell', arguments: { command: ['bash', '-lc', 'cat src/date.js test/date.test.js'] } },
      ],
    },
    { calls: [{ name: 'shell', arguments: { command: ['node', '--test'], timeout_ms: 30_000 } }] },
    {
      text: 'The month is zero-based; patching.',
      calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }],
    },
    { calls: [{ name: 'shell', arguments: { command: ['node', '--test'], timeout_ms: 30_000 } }] },
    { text: FIX_DATE_FINAL_MESSAGE },
  ]
}
