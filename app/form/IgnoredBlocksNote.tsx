/** Lists the YAML blocks that have no effect with the current store choice. */
import type { IgnoredBlock, MilvusResource, MsgStreamType } from '../../src/model'
import { effectiveMsgStreamType, ignoredBlocks, pathToString } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { storeMessages } from './messagesStores'
import { STORE_LABEL_KEYS } from './storeLabels'

/** The ignored blocks and the store, as JSON: a string, so an unrelated edit renders nothing. */
function viewIgnored(resource: MilvusResource): string {
  const blocks = ignoredBlocks(resource)
  return blocks.length === 0
    ? ''
    : JSON.stringify({ blocks, type: effectiveMsgStreamType(resource) })
}

/** Renders nothing when every block in the YAML is used. */
export function IgnoredBlocksNote() {
  const t = useMessages(storeMessages)
  const view = useStudioStore((s) => viewIgnored(selectResource(s)))
  if (view === '') return null
  const { blocks, type } = JSON.parse(view) as {
    blocks: IgnoredBlock[]
    type: MsgStreamType
  }
  const store = t[STORE_LABEL_KEYS[type]]
  return (
    <div className="ff-ignored" role="note" aria-labelledby="ff-ignored-title">
      <p id="ff-ignored-title" className="ff-ignored-title">
        {format(t.ignoredTitle, { store })}
      </p>
      <p className="ff-muted">{t.ignoredIntro}</p>
      <ul>
        {blocks.map((b) => (
          <li key={pathToString(b.path)}>
            <code>{pathToString(b.path)}</code>: {t[`r_${b.reason}`]}
          </li>
        ))}
      </ul>
    </div>
  )
}
