import { deriveDocument } from '../src/derive'
import { makeDocument } from '../bench/generate'
const text = makeDocument(5000)
for (let i = 0; i < 3; i++) deriveDocument(`${text}# ${i}\n`)
const ts: number[] = []
for (let i = 0; i < 9; i++) { const t0 = performance.now(); deriveDocument(`${text}# x${i}\n`); ts.push(performance.now() - t0) }
ts.sort((a, b) => a - b); console.log('derive median', ts[4])
