/**
 * The "Milvus settings" section: the settings spec.config holds, and a search over every key of
 * milvus.yaml to add one by name (with its type and default). The catalogue loads after first
 * paint (loadMilvusSettings); until then the section says so.
 */
import { useEffect, useMemo, useState } from 'react'
import type { SettingInfo } from '../../src/model'
import { settingMessages } from '../common/settingMessages'
import { format, useMessages } from '../i18n'
import { loadMilvusSettings, type MilvusSettingsModule } from '../state/milvusSettings'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { settingsMessages } from './messagesSettings'
import { Section } from './Section'
import { useSetField } from './useFieldMeta'

const CONFIG = ['spec', 'config'] as const
const MAX_MATCHES = 12

function useSettingsModule(): MilvusSettingsModule | undefined {
  const [mod, setMod] = useState<MilvusSettingsModule>()
  useEffect(() => {
    let live = true
    void loadMilvusSettings().then((m) => live && setMod(m))
    return () => {
      live = false
    }
  }, [])
  return mod
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

interface DescribeProps {
  readonly info: SettingInfo | undefined
}

function Describe({ info }: DescribeProps) {
  const t = useMessages(settingsMessages)
  const w = useMessages(settingMessages)
  if (!info) return <span className="ff-muted">{t.unknownSetting}</span>
  const type = w[`type_${info.entry.type}` as keyof typeof w] ?? info.entry.type
  const def =
    info.entry.default !== undefined
      ? `, ${format(t.defaultIs, { value: shown(info.entry.default) })}`
      : ''
  return <span className="ff-muted">{`${type}${def}`}</span>
}

function PresentSettings({
  mod,
  query,
}: {
  readonly mod: MilvusSettingsModule
  readonly query: string
}) {
  const t = useMessages(settingsMessages)
  // spec.config keeps its object while it is unchanged, so an edit elsewhere renders nothing here.
  const config = useStudioStore((s) => selectResource(s).spec.config)
  const revealPath = useStudioStore((s) => s.revealPath)
  const leaves = mod.configLeaves(config)
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const shownLeaves = leaves.filter((l) => words.every((w) => l.path.toLowerCase().includes(w)))
  if (shownLeaves.length === 0)
    return <p className="ff-muted">{leaves.length === 0 ? t.none : t.noPresentMatch}</p>
  return (
    <ul className="ff-settings-list" aria-labelledby="ff-settings-present">
      {shownLeaves.map((l) => {
        const path = [...CONFIG, ...l.path.split('.')]
        return (
          <li key={l.path} className="ff-settings-item">
            <code>{l.path}</code>: <code>{shown(l.value)}</code>{' '}
            <Describe info={mod.configSettingAt(l.path.split('.'))} />{' '}
            <button
              type="button"
              className="ff-button"
              aria-label={format(t.showNamed, { name: l.path })}
              onClick={() => revealPath(path)}
            >
              {t.showButton}
            </button>
          </li>
        )
      })}
    </ul>
  )
}

function AddSetting({
  mod,
  query,
  onAdded,
}: {
  readonly mod: MilvusSettingsModule
  readonly query: string
  onAdded(name: string): void
}) {
  const t = useMessages(settingsMessages)
  const setField = useSetField()
  const config = useStudioStore((s) => selectResource(s).spec.config)
  const all = useMemo(() => mod.listMilvusSettings(), [mod])
  const present = new Set(mod.configLeaves(config).map((l) => l.path))
  if (query.trim().length < 2) return <p className="ff-muted">{t.typeToSearch}</p>
  const matches = mod
    .searchSettings(all, query, MAX_MATCHES + present.size)
    .filter((s) => !present.has(s.entry.path))
    .slice(0, MAX_MATCHES)
  if (matches.length === 0) return <p className="ff-muted">{t.noMatch}</p>
  return (
    <ul className="ff-settings-list" aria-labelledby="ff-settings-add">
      {matches.map((s) => (
        <li key={s.entry.path} className="ff-settings-item">
          <button
            type="button"
            className="ff-button"
            aria-label={format(t.addNamed, { name: s.entry.path })}
            onClick={() => {
              setField([...CONFIG, ...s.entry.path.split('.')], mod.initialSettingValue(s.entry))
              onAdded(s.entry.path)
            }}
          >
            {t.addButton}
          </button>{' '}
          <code>{s.entry.path}</code> <Describe info={s} />
        </li>
      ))}
    </ul>
  )
}

/** Lists spec.config and adds milvus.yaml settings by name. */
export function MilvusSettingsSection() {
  const t = useMessages(settingsMessages)
  const mod = useSettingsModule()
  const [query, setQuery] = useState('')
  const [added, setAdded] = useState('')
  return (
    <Section id="ff-settings" title={t.title} findingsPath={CONFIG}>
      <p className="ff-help">{t.intro}</p>
      <div className="ff-field">
        <label htmlFor="ff-settings-search" className="ff-label">
          {t.search}
        </label>
        <input
          id="ff-settings-search"
          className="ff-input"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="ff-settings-search-help"
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id="ff-settings-search-help" className="ff-help">
          {t.searchHelp}
        </p>
      </div>
      <h3 id="ff-settings-present" className="ff-subsection-title">
        {t.present}
      </h3>
      {mod ? <PresentSettings mod={mod} query={query} /> : <p className="ff-muted">{t.loading}</p>}
      <h3 id="ff-settings-add" className="ff-subsection-title">
        {t.add}
      </h3>
      {mod ? (
        <AddSetting
          mod={mod}
          query={query}
          onAdded={(name) => {
            setAdded(format(t.added, { name }))
            document.getElementById('ff-settings-search')?.focus()
          }}
        />
      ) : null}
      <p role="status" className="ff-muted">
        {added}
      </p>
    </Section>
  )
}
