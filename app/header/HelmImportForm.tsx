/** The "From milvus-helm values" part of the import dialog: values, name, chart version, target. */
import { useId, useState } from 'react'
import { RadioGroup } from '../export/RadioGroup'
import { format, useMessages } from '../i18n'
import { HELM_CHART_VERSION, loadHelmValues, type HelmImportOptions } from '../state/importHelm'
import { helmImportMessages } from './helmImportMessages'
import { headerMessages } from './messages'
import { FilePicker, ImportForm, PasteBox, usePaste } from './TextSource'

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

function Field({
  label,
  value,
  onChange,
  invalid,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  invalid?: string | undefined
}) {
  const id = useId()
  const errorId = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
      {invalid && (
        <p id={errorId} className="field-error">
          {invalid}
        </p>
      )}
    </>
  )
}

export function HelmImportForm({ onDone }: { onDone: () => void }) {
  const t = useMessages(helmImportMessages)
  const h = useMessages(headerMessages)
  const paste = usePaste()
  const [name, setName] = useState('my-release')
  const [namespace, setNamespace] = useState('')
  const [chartVersion, setChartVersion] = useState(HELM_CHART_VERSION)
  const [target, setTarget] = useState<'new' | 'take-over'>('new')
  const nameInvalid = DNS_1123.test(name) ? undefined : t.nameInvalid
  const submit = () => {
    if (!paste.hasText()) return
    if (nameInvalid) return
    const options: HelmImportOptions = {
      name,
      chartVersion: chartVersion.trim() || HELM_CHART_VERSION,
      ...(namespace.trim() ? { namespace: namespace.trim() } : {}),
      ...(target === 'take-over' ? { takeOver: name } : {}),
    }
    if (loadHelmValues(paste.text, options)) onDone()
  }
  return (
    <ImportForm onSubmit={submit}>
      <PasteBox label={t.valuesLabel} hint={t.valuesHint} rows={10} paste={paste} />
      <FilePicker
        label={h.importFile}
        accept=".yaml,.yml,application/yaml,text/yaml,text/plain"
        onFile={(file) => void file.text().then(paste.change)}
      />
      <Field label={t.name} value={name} onChange={setName} invalid={nameInvalid} />
      <Field label={t.namespace} value={namespace} onChange={setNamespace} />
      <Field label={t.chartVersion} value={chartVersion} onChange={setChartVersion} />
      <RadioGroup
        legend={t.target}
        value={target}
        onChange={setTarget}
        options={{
          new: t.targetNew,
          'take-over': format(t.targetTakeOver, { name: name || '…' }),
        }}
      />
      <p className="hint">{t.targetHint}</p>
      <div className="button-row">
        <button type="submit" className="button-primary">
          {t.importHelm}
        </button>
      </div>
    </ImportForm>
  )
}
