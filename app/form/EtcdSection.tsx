/** Section 3: etcd in-cluster or external, plus Milvus-side auth and TLS (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88). */
import { defaultEtcdReplicas } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { BoolField } from './controls/BoolField'
import { ListField } from './controls/ListField'
import { NumberField } from './controls/NumberField'
import { TextField } from './controls/TextField'
import { InClusterFields } from './InClusterFields'
import { depsMessages } from './messagesDeps'
import { Section, Subsection } from './Section'
import { useResourceValue } from './useFieldMeta'
import { OrphanFindings } from './OrphanFindings'

const ETCD = ['spec', 'dependencies', 'etcd'] as const
const IN_CLUSTER = [...ETCD, 'inCluster'] as const
const VALUES = [...IN_CLUSTER, 'values'] as const
const CONFIG = ['spec', 'config', 'etcd'] as const

function InClusterEtcd() {
  const t = useMessages(depsMessages)
  const chart = useResourceValue([...IN_CLUSTER, 'chartVersion'])
  const replicasDefault = useStudioStore((s) => String(defaultEtcdReplicas(selectResource(s))))
  // A new resource gets etcd-v8; only an explicit etcd-v6 keeps the old key (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100).
  const isV6 = chart === 'etcd-v6'
  const rbacKey = isV6 ? 'enabled' : 'create'
  return (
    <>
      <NumberField
        path={[...VALUES, 'replicaCount']}
        label={t.etcdReplicas}
        help={t.etcdReplicasHelp}
        placeholder={replicasDefault}
      />
      <InClusterFields
        base={IN_CLUSTER}
        what="etcd"
        chartVersions={['etcd-v6', 'etcd-v8']}
        chartLabel={t.etcdChart}
        chartDefault="etcd-v8"
      />
      <BoolField
        path={[...VALUES, 'auth', 'rbac', rbacKey]}
        label={t.etcdRbac}
        help={format(t.etcdRbacHelp, { key: `auth.rbac.${rbacKey}` })}
        defaultValue={!isV6}
      />
    </>
  )
}

/** The etcd section. */
export function EtcdSection() {
  const t = useMessages(depsMessages)
  const external = useResourceValue([...ETCD, 'external']) === true
  return (
    <Section id="ff-etcd" title={t.etcd} findingsPath={ETCD}>
      <BoolField path={[...ETCD, 'external']} label={t.externalEtcd} help={t.externalEtcdHelp} />
      {external ? (
        <ListField
          path={[...ETCD, 'endpoints']}
          label={t.etcdEndpoints}
          help={t.etcdEndpointsHelp}
          placeholder="etcd-0.etcd:2379"
        />
      ) : (
        <InClusterEtcd />
      )}
      <Subsection title={t.milvusEtcd}>
        <BoolField path={[...CONFIG, 'auth', 'enabled']} label={t.etcdAuth} />
        <TextField path={[...CONFIG, 'auth', 'userName']} label={t.etcdUser} />
        <TextField
          path={[...CONFIG, 'auth', 'password']}
          label={t.etcdPassword}
          type="password"
          autoComplete="new-password"
        />
        <BoolField path={[...CONFIG, 'ssl', 'enabled']} label={t.etcdTls} />
      </Subsection>
      <OrphanFindings prefixes={[ETCD, CONFIG]} />
    </Section>
  )
}
