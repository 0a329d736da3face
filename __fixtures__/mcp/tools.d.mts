import type { Server } from '@modelcontextprotocol/sdk/server/index.js'

export function createFixtureServer(options?: { name?: string; processTools?: boolean }): Server
