import { cleanup } from './main.js'

await cleanup()
