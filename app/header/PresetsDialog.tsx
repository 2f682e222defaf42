/** Lists the engine's presets by group; choosing one loads its text (undoable). */
import { usePresets, type PresetGroup } from '../state/presetList'
import { Dialog } from '../common/Dialog'
import { useMessages } from '../i18n'
import { loadText } from '../state/importText'
import { useStudioStore } from '../state/store'
import { headerMessages } from './messages'

export interface PresetsDialogProps {
  open: boolean
  onClose: () => void
}

const GROUPS = [
  ['blank', 'groupBlank'],
  ['docs', 'groupDocs'],
  ['docs-original', 'groupDocsOriginal'],
  ['samples', 'groupSamples'],
] as const satisfies readonly (readonly [PresetGroup, keyof (typeof headerMessages)['en']])[]

export function PresetsDialog({ open, onClose }: PresetsDialogProps) {
  const t = useMessages(headerMessages)
  const lang = useStudioStore((s) => s.lang)
  const all = usePresets(open)
  return (
    <Dialog open={open} onClose={onClose} title={t.presetsTitle} className="presets-dialog">
      <p className="dialog__intro">{t.presetsIntro}</p>
      {GROUPS.map(([group, titleKey]) => {
        const presets = (all ?? []).filter((p) => p.group === group)
        if (presets.length === 0) return null
        return (
          <section key={group} className="preset-group" aria-labelledby={`preset-group-${group}`}>
            <h3 id={`preset-group-${group}`}>{t[titleKey]}</h3>
            <ul className="preset-list">
              {presets.map((preset) => (
                <li key={preset.id}>
                  <button
                    type="button"
                    className="preset"
                    onClick={() => {
                      loadText(preset.yaml, 'preset')
                      onClose()
                    }}
                  >
                    <span className="preset__title">{preset.title[lang]}</span>
                    <span className="preset__description">{preset.description[lang]}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </Dialog>
  )
}
