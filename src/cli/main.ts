/** Node entry of `milvus-studio`: wires runCli to the real file system and streams. */
import { readFile } from 'node:fs/promises'
import { runCli } from './runCli'

const code = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
})
process.exitCode = code
