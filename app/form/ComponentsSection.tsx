/**
 * Section 5: rolling-update settings, resources and pod settings for every component, and per
 * component the operator runs for this mode and version: replicas, resources, the Service of
 * standalone and the proxy, and the component's own pod settings.
 */
import { useShallow } from 'zustand/react/shallow'
import type { ComponentName } from '../../src/model'
import { IMAGE_UPDATE_MODES, componentsCreated, defaultEnableRollingUpdate } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { BoolField } from './controls/BoolField'
import { NumberField } from './controls/NumberField'
import { SelectField } from './controls/SelectField'
import { depsMessages } from './messagesDeps'
import { ResourcesFields } from './ResourcesFields'
import { Section, Subsection } from './Section'
import { OrphanFindings } from './OrphanFindings'
import { PodSettings } from './pods/PodSettings'
import { ServiceFields } from './pods/ServiceFields'

const COMPONENTS = ['spec', 'components'] as const
const SERVICE_COMPONENTS: readonly ComponentName[] = ['standalone', 'proxy']

function ComponentFields({ name }: { readonly name: ComponentName }) {
  const t = useMessages(depsMessages)
  const base = [...COMPONENTS, name] as const
  return (
    <details className="ff-component">
      <summary className="ff-component-summary">{name}</summary>
      <div className="ff-section-body">
        <NumberField
          path={[...base, 'replicas']}
          label={format(t.replicas, { c: name })}
          help={t.replicasHelp}
          placeholder="1"
        />
        <ResourcesFields base={[...base, 'resources']} what={name} />
        {SERVICE_COMPONENTS.includes(name) ? <ServiceFields base={base} who={name} /> : null}
        <PodSettings base={base} who={name} component={name} />
      </div>
    </details>
  )
}

/** The components section. */
export function ComponentsSection() {
  const t = useMessages(depsMessages)
  const created = useStudioStore(useShallow((s) => componentsCreated(selectResource(s))))
  const rollingDefault = useStudioStore((s) => defaultEnableRollingUpdate(selectResource(s)))
  return (
    <Section id="ff-components" title={t.components} findingsPath={COMPONENTS}>
      <Subsection title={t.rolling}>
        <BoolField
          path={[...COMPONENTS, 'enableRollingUpdate']}
          label={t.enableRollingUpdate}
          defaultValue={rollingDefault}
        />
        <SelectField
          path={[...COMPONENTS, 'rollingMode']}
          label={t.rollingMode}
          options={[2, 3]}
          defaultText="2"
        />
        <SelectField
          path={[...COMPONENTS, 'imageUpdateMode']}
          label={t.imageUpdateMode}
          options={IMAGE_UPDATE_MODES}
          defaultText="rollingUpgrade"
        />
      </Subsection>
      <Subsection title={t.globalResources}>
        <ResourcesFields base={[...COMPONENTS, 'resources']} what={t.allComponents} />
        <PodSettings base={COMPONENTS} who={t.allComponents} />
      </Subsection>
      <p className="ff-note">{format(t.runs, { list: created.join(', ') })}</p>
      {created.map((name) => (
        <ComponentFields key={name} name={name} />
      ))}
      <OrphanFindings prefixes={[COMPONENTS]} />
    </Section>
  )
}
