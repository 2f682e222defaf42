/** Section 4: object storage type, in-cluster MinIO or external bucket, Milvus-side keys, TLS. */
import { STORAGE_TYPES, defaultMinioMode } from '../state/engine'
import { useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { BoolField } from './controls/BoolField'
import { NumberField } from './controls/NumberField'
import { SelectField } from './controls/SelectField'
import { TextField } from './controls/TextField'
import { InClusterFields } from './InClusterFields'
import { depsMessages } from './messagesDeps'
import { Section, Subsection } from './Section'
import { useResourceValue } from './useFieldMeta'
import { OrphanFindings } from './OrphanFindings'

const STORAGE = ['spec', 'dependencies', 'storage'] as const
const VALUES = [...STORAGE, 'inCluster', 'values'] as const
const MINIO = ['spec', 'config', 'minio'] as const

function InClusterMinio() {
  const t = useMessages(depsMessages)
  const modeDefault = useStudioStore((s) => defaultMinioMode(selectResource(s)))
  return (
    <>
      <InClusterFields base={[...STORAGE, 'inCluster']} what="MinIO" />
      <SelectField
        path={[...VALUES, 'mode']}
        label={t.minioMode}
        options={['standalone', 'distributed']}
        defaultText={modeDefault}
      />
      <NumberField path={[...VALUES, 'replicas']} label={t.minioReplicas} />
      <TextField path={[...VALUES, 'persistence', 'size']} label={t.minioSize} />
    </>
  )
}

function MilvusStorageKeys() {
  const t = useMessages(depsMessages)
  return (
    <Subsection title={t.milvusStorage}>
      <div className="ff-grid">
        <TextField path={[...MINIO, 'bucketName']} label={t.bucket} />
        <TextField path={[...MINIO, 'rootPath']} label={t.rootPath} />
        <TextField path={[...MINIO, 'region']} label={t.region} />
      </div>
      <BoolField path={[...MINIO, 'useSSL']} label={t.useSSL} />
      <BoolField path={[...MINIO, 'useIAM']} label={t.useIAM} />
      <SelectField
        path={[...MINIO, 'cloudProvider']}
        label={t.cloudProvider}
        options={['aws', 'gcp', 'aliyun', 'azure']}
      />
    </Subsection>
  )
}

/** The object storage section. */
export function StorageSection() {
  const t = useMessages(depsMessages)
  const external = useResourceValue([...STORAGE, 'external']) === true
  return (
    <Section id="ff-storage" title={t.storage} findingsPath={STORAGE}>
      <SelectField
        path={[...STORAGE, 'type']}
        label={t.storageType}
        help={t.storageTypeHelp}
        options={STORAGE_TYPES}
        defaultText="MinIO"
      />
      <BoolField
        path={[...STORAGE, 'external']}
        label={t.externalStorage}
        help={t.externalStorageHelp}
      />
      {external ? (
        <>
          <TextField
            path={[...STORAGE, 'endpoint']}
            label={t.storageEndpoint}
            help={t.storageEndpointHelp}
            placeholder="s3.us-west-2.amazonaws.com:443"
          />
          <TextField
            path={[...STORAGE, 'secretRef']}
            label={t.storageSecret}
            help={t.storageSecretHelp}
          />
        </>
      ) : (
        <InClusterMinio />
      )}
      <MilvusStorageKeys />
      <Subsection title={t.storageSsl}>
        <BoolField path={[...STORAGE, 'ssl', 'enabled']} label={t.sslEnabled} />
        <TextField
          path={[...STORAGE, 'ssl', 'caCertificateRef']}
          label={t.caSecret}
          help={t.caSecretHelp}
        />
        <BoolField path={[...STORAGE, 'ssl', 'insecureSkipVerify']} label={t.insecureSkipVerify} />
      </Subsection>
      <OrphanFindings prefixes={[STORAGE, MINIO, ['spec', 'config', 'common']]} />
    </Section>
  )
}
