/**
 * "Scheduling and pod": the ComponentSpec pod settings of one level, folded by default so the
 * components section stays short. The same controls serve `spec.components` (every component)
 * and one component; the merge note says how the operator combines the two.
 */
import type { ComponentName, SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { KeyValueField } from '../controls/KeyValueField'
import { TextField } from '../controls/TextField'
import { YamlField } from '../controls/YamlField'
import { podMessages } from '../messagesPods'
import { AffinityField } from './AffinityField'
import { EnvField } from './EnvField'
import { checkVolumeMounts, checkVolumes } from './fragmentChecks'
import { PullSecretsField } from './PullSecretsField'
import { TolerationsField } from './TolerationsField'
import './pods.css'

export interface PodSettingsProps {
  readonly base: SpecPath
  /** Who the settings are for, in labels. */
  readonly who: string
  /** Undefined for the all-components level. */
  readonly component?: ComponentName | undefined
}

/** The collapsible pod settings of one level. */
export function PodSettings({ base, who, component }: PodSettingsProps) {
  const t = useMessages(podMessages)
  return (
    <details className="ff-component ff-pod">
      <summary className="ff-component-summary ff-pod-summary">
        {t.podSettings}
        <span className="ff-visually-hidden"> ({who})</span>
      </summary>
      <div className="ff-section-body">
        <p className="ff-note">{component ? format(t.mergeNote, { c: who }) : t.globalNote}</p>
        <KeyValueField
          path={[...base, 'nodeSelector']}
          label={format(t.nodeSelector, { c: who })}
          help={t.nodeSelectorHelp}
          keyPlaceholder="node.kubernetes.io/instance-type"
        />
        <TolerationsField base={base} who={who} />
        <AffinityField base={base} who={who} component={component} />
        <EnvField base={base} who={who} />
        <div className="ff-grid">
          <TextField
            path={[...base, 'serviceAccountName']}
            label={format(t.serviceAccount, { c: who })}
            help={t.serviceAccountHelp}
          />
          <TextField
            path={[...base, 'priorityClassName']}
            label={format(t.priorityClass, { c: who })}
          />
        </div>
        <KeyValueField path={[...base, 'podLabels']} label={format(t.podLabels, { c: who })} />
        <KeyValueField
          path={[...base, 'podAnnotations']}
          label={format(t.podAnnotations, { c: who })}
        />
        <PullSecretsField base={base} who={who} />
        <YamlField
          path={[...base, 'volumes']}
          label={format(t.volumes, { c: who })}
          help={t.volumesHelp}
          placeholder={'- name: cache\n  emptyDir: {}'}
          check={checkVolumes}
        />
        <YamlField
          path={[...base, 'volumeMounts']}
          label={format(t.volumeMounts, { c: who })}
          help={t.volumeMountsHelp}
          placeholder={'- name: cache\n  mountPath: /var/cache/milvus'}
          check={checkVolumeMounts}
        />
      </div>
    </details>
  )
}
