// `node --import <this file>`: writes the URL of every module the process loads, one a line, to
// the file named by MODULE_LOG (for the tests of what start-up loads).
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url, { data: { file: process.env.MODULE_LOG } })
