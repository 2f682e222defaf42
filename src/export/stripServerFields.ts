/**
 * Export option: the manifest without the fields only the server writes (status, metadata.uid,
 * resourceVersion, managedFields, creationTimestamp, generation, finalizers, selfLink), so an
 * object read back with `kubectl get -o yaml` can be applied again. Edits are splices: comments
 * and everything else stay byte for byte. Pure.
 */
import { isRecord, serverFieldsOf, type SpecPath } from '../model'
import { deleteAtPath, parseYaml } from '../yaml'

function fieldsOf(value: unknown): SpecPath[] {
  const own = serverFieldsOf(value)
  if (!isRecord(value) || value.kind !== 'List' || !Array.isArray(value.items)) return own
  return [
    ...own,
    ...value.items.flatMap((item: unknown, i) =>
      serverFieldsOf(item).map((p) => ['items', i, ...p]),
    ),
  ]
}

/** `source` with every server-written field removed from every document (List items included). */
export function stripServerFields(source: string): string {
  let out = source
  const documents = parseYaml(source).documents
  for (const doc of documents) {
    // Deepest and last first, so earlier paths keep their meaning while the text changes.
    const paths = fieldsOf(doc.value).reverse()
    for (const path of paths) out = deleteAtPath(out, path, doc.index)
  }
  return out
}
