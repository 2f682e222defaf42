/**
 * Engine benchmark (Node): derive from scratch, one form-style edit plus updated findings, and the
 * same text through the two approaches peers use (`yaml` parseDocument + toString; js-yaml load + dump).
 * Prints one JSON object on stdout.
 */
import * as jsyaml from 'js-yaml'
import { parseDocument } from 'yaml'
import { deriveDocument } from '../src/derive'
import { setAtPath } from '../src/yaml'
import { makeDocument, SIZES } from './generate'
import { time, type Stat } from './stats'

interface SizeResult {
  lines: number
  derive: Stat
  edit: Stat
  yamlRoundTrip: Stat
  jsYamlRoundTrip: Stat
}

const results: Record<string, SizeResult> = {}
for (const size of SIZES) {
  const text = makeDocument(size)
  const runs = size >= 5000 ? 30 : 100
  // Every run sees a text it has never seen, so no cache can answer for it.
  let n = 0
  results[String(size)] = {
    lines: text.split('\n').length - 1,
    derive: time(() => deriveDocument(`${text}# run ${++n}\n`), runs),
    edit: time(() => {
      // A form edit: set one path, then the findings the UI shows for the new text.
      const next = setAtPath(text, ['spec', 'components', 'proxy', 'replicas'], 3 + ++n)
      return deriveDocument(next).findings.length
    }, runs),
    yamlRoundTrip: time(() => parseDocument(text).toString(), runs),
    jsYamlRoundTrip: time(() => jsyaml.dump(jsyaml.load(text)), runs),
  }
}
process.stdout.write(JSON.stringify(results))
