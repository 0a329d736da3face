// Before the shell tool runs a command: the command rules and the approval policy decide whether it
// runs (and with what extra sandbox), is refused, or waits for a person. On a runner nobody sits at
// a terminal, so "ask the user" becomes either a refusal (`never`) or a paused run whose tracking
// comment asks for `/codex approve` (`on-request`).
import { decideCommand, resolveGrant } from '../sandbox/rules.js'
import type { CommandRequest } from '../sandbox/types.js'
import type { ToolContext, ToolErrorKind, ToolResult } from './types.js'

export interface GateRequest {
  argv: string[]
  /** The command as shown to people (quoted). */
  display: string
  /** The model asked to run with more than the sandbox allows (`with_escalated_permissions`). */
  escalationRequested: boolean
  justification?: string | undefined
}

export type Gate = { run: true; grant: CommandRequest['grant'] } | { run: false; result: ToolResult }

export function gateCommand(request: GateRequest, context: ToolContext): Gate {
  const approvals = context.approvals
  const decision = decideCommand(request.argv, approvals?.rules ?? [])
  if (decision.decision === 'forbidden') {
    return refuse(request, context, `Command refused by ${withoutPeriod(decision.reason)}. Find another way.`)
  }
  if (approvals !== undefined && takeApproval(approvals.approvedOnce, request.argv)) {
    // A person approved this exact command for this run: it gets the network it most likely needed.
    return { run: true, grant: resolveGrant({ ...decision.grant, network: true }, context.workspace) }
  }
  if (decision.decision === 'escalate' || request.escalationRequested) {
    const reason =
      decision.decision === 'escalate'
        ? decision.reason
        : 'the model asked to run it with escalated permissions'
    const policy = approvals?.policy ?? 'never'
    if (policy === 'never' || approvals === undefined) {
      return refuse(
        request,
        context,
        `Command not run: it needs approval (${withoutPeriod(reason)}), and the approval policy is "never", ` +
          'so nobody can approve it in this run. Find another way to do this within the sandbox.',
      )
    }
    approvals.requestApproval({
      command: [...request.argv],
      justification: request.justification ?? decision.rule?.justification ?? reason,
      reason,
    })
    return refuse(
      request,
      context,
      `Command not run yet: it needs approval (${withoutPeriod(reason)}). The run pauses here and asks a ` +
        'person to approve it; it will resume after approval.',
      'awaiting-approval',
    )
  }
  if (decision.decision === 'allow')
    return { run: true, grant: resolveGrant(decision.grant, context.workspace) }
  return { run: true, grant: undefined }
}

function takeApproval(approved: string[][], argv: readonly string[]): boolean {
  const index = approved.findIndex(
    (candidate) => candidate.length === argv.length && candidate.every((word, i) => word === argv[i]),
  )
  if (index === -1) return false
  approved.splice(index, 1)
  return true
}

function refuse(
  request: GateRequest,
  context: ToolContext,
  message: string,
  error: ToolErrorKind = 'refused',
): Gate {
  return {
    run: false,
    result: {
      output: message,
      error,
      item: {
        id: context.itemId,
        type: 'command_execution',
        command: request.display,
        aggregated_output: message,
        exit_code: null,
        status: 'declined',
      },
    },
  }
}

function withoutPeriod(text: string): string {
  return text.replace(/\.+$/, '')
}
