/**
 * The Service of standalone or the proxy: type, ports, annotations (with the usual cloud
 * load-balancer annotations one click away) and labels (ServiceComponent in
 * https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/components_types.go).
 */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { LOAD_BALANCER_PRESETS, SERVICE_TYPES, loadBalancerPresetPatches } from '../../state/engine'
import { useStudioStore } from '../../state/store'
import { KeyValueField } from '../controls/KeyValueField'
import { NumberField } from '../controls/NumberField'
import { SelectField } from '../controls/SelectField'
import { podMessages } from '../messagesPods'
import './pods.css'

export interface ServiceFieldsProps {
  /** The component's path (`spec.components.proxy` or `.standalone`). */
  readonly base: SpecPath
  readonly who: string
}

/** Service settings of a service component. */
export function ServiceFields({ base, who }: ServiceFieldsProps) {
  const t = useMessages(podMessages)
  const lang = useStudioStore((s) => s.lang)
  const applyPatches = useStudioStore((s) => s.applyPatches)
  return (
    <>
      <div className="ff-grid">
        <SelectField
          path={[...base, 'serviceType']}
          label={format(t.serviceType, { c: who })}
          options={SERVICE_TYPES}
          defaultText="ClusterIP"
        />
        <NumberField
          path={[...base, 'port']}
          label={format(t.port, { c: who })}
          placeholder="19530"
        />
        <NumberField
          path={[...base, 'serviceRestfulPort']}
          label={format(t.restfulPort, { c: who })}
        />
      </div>
      <KeyValueField
        path={[...base, 'serviceAnnotations']}
        label={format(t.serviceAnnotations, { c: who })}
        help={t.serviceAnnotationsHelp}
      >
        <div className="ff-presets-row">
          <span className="ff-muted">{t.lbPresets}</span>
          {LOAD_BALANCER_PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="ff-button"
              aria-label={format(t.lbPresetFor, { preset: preset.label[lang], c: who })}
              onClick={() => applyPatches(loadBalancerPresetPatches(base, preset), 'form')}
            >
              {preset.label[lang]}
            </button>
          ))}
        </div>
      </KeyValueField>
      <KeyValueField
        path={[...base, 'serviceLabels']}
        label={format(t.serviceLabels, { c: who })}
      />
    </>
  )
}
