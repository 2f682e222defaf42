/** Lists the YAML blocks that have no effect with the current store choice. */
import { effectiveMsgStreamType, pathToString } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { ignoredBlocks } from './ignoredBlocks'
import { storeMessages } from './messagesStores'
import { STORE_LABEL_KEYS } from './storeLabels'

/** Renders nothing when every block in the YAML is used. */
export function IgnoredBlocksNote() {
  const t = useMessages(storeMessages)
  const resource = useStudioStore(selectResource)
  const blocks = ignoredBlocks(resource)
  if (blocks.length === 0) return null
  const store = t[STORE_LABEL_KEYS[effectiveMsgStreamType(resource)]]
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
