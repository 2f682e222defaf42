/** Dependency (etcd and object storage) operator samples, rewritten in our own words. */
import type { Preset } from './types'

const S3 = `# Milvus on AWS S3 instead of an in-cluster MinIO. Replace the <...> values.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-s3
  labels:
    app: milvus
spec:
  config:
    minio:
      bucketName: <bucket-name>
      rootPath: milvus/milvus-s3 # prefix inside the bucket
      region: us-west-2 # needed when the bucket is not in us-east-1
      useSSL: true
  dependencies:
    storage:
      external: true
      type: S3
      endpoint: s3.us-west-2.amazonaws.com:443
      secretRef: milvus-s3-keys # Secret below, keys accesskey and secretkey
---
apiVersion: v1
kind: Secret
metadata:
  name: milvus-s3-keys
type: Opaque
stringData:
  accesskey: <aws-access-key-id>
  secretkey: <aws-secret-access-key>
`

const GCS = `# Milvus on Google Cloud Storage through its S3-compatible API (HMAC keys).
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-gcs
  labels:
    app: milvus
spec:
  config:
    minio:
      cloudProvider: gcp # GCS speaks S3 but needs virtual-host addressing
      bucketName: <bucket-name>
      rootPath: milvus/milvus-gcs
      useSSL: true
  dependencies:
    etcd:
      inCluster:
        values:
          replicaCount: 1
        deletionPolicy: Delete
        pvcDeletion: true
    storage:
      external: true
      type: S3 # GCS is reached as an S3 endpoint
      endpoint: storage.googleapis.com:443
      secretRef: milvus-gcs-hmac
---
apiVersion: v1
kind: Secret
metadata:
  name: milvus-gcs-hmac
type: Opaque
stringData:
  accesskey: <hmac-access-id>
  secretkey: <hmac-secret>
`

const AZURE = `# Milvus on Azure Blob Storage with a storage account key.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-azure
  labels:
    app: milvus
spec:
  config:
    common:
      storageType: remote
    minio:
      cloudProvider: azure
      bucketName: <container-name> # the blob container
      rootPath: milvus/milvus-azure
      useSSL: true
  dependencies:
    storage:
      external: true
      type: Azure
      endpoint: core.windows.net:443
      secretRef: milvus-azure-account
---
apiVersion: v1
kind: Secret
metadata:
  name: milvus-azure-account
type: Opaque
stringData:
  accesskey: <storage-account-name> # for Azure this key holds the account name
  secretkey: <storage-account-key>
`

const EXTERNAL_DEPS = `# Milvus that shares an etcd and a MinIO run elsewhere. The root paths and channel prefix
# keep this instance's data apart from other users of the same services.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-shared
  labels:
    app: milvus
spec:
  config:
    etcd:
      rootPath: milvus-shared
    msgChannel:
      chanNamePrefix:
        cluster: milvus-shared
    minio:
      bucketName: <bucket-name>
      rootPath: milvus/milvus-shared
  dependencies:
    etcd:
      external: true
      endpoints:
        - etcd-0.example.internal:2379
        - etcd-1.example.internal:2379
        - etcd-2.example.internal:2379
    storage:
      external: true
      type: MinIO
      endpoint: minio.example.internal:9000
      secretRef: milvus-shared-minio # keys accesskey and secretkey
`

const ETCD_AUTH = `# In-cluster etcd with authentication. New resources get the etcd v8 chart, whose RBAC
# switch is auth.rbac.create (the v6 chart called it auth.rbac.enabled).
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-etcd-auth
  labels:
    app: milvus
spec:
  dependencies:
    etcd:
      inCluster:
        values:
          replicaCount: 1
          auth:
            rbac:
              create: true
              rootPassword: change-me-etcd-root
  components: {}
  config:
    etcd:
      auth:
        enabled: true # Milvus logs in to etcd with these credentials
        userName: root
        password: change-me-etcd-root
`

const t = (en: string, ko: string) => ({ en, ko })

export const SAMPLE_DEPS_PRESETS: readonly Preset[] = [
  {
    id: 'sample-s3', group: 'samples',
    title: t('External AWS S3', '외부 AWS S3'),
    description: t('Object storage on S3 with an access-key Secret.', '액세스 키 Secret으로 S3를 오브젝트 스토리지로 씁니다.'),
    yaml: S3,
  },
  {
    id: 'sample-gcs', group: 'samples',
    title: t('External Google Cloud Storage', '외부 Google Cloud Storage'),
    description: t('GCS through its S3 API with HMAC keys.', 'HMAC 키로 S3 호환 API를 통해 GCS를 씁니다.'),
    yaml: GCS,
  },
  {
    id: 'sample-azure', group: 'samples',
    title: t('External Azure Blob', '외부 Azure Blob'),
    description: t('Azure Blob Storage with an account key Secret.', '계정 키 Secret으로 Azure Blob Storage를 씁니다.'),
    yaml: AZURE,
  },
  {
    id: 'sample-external-dependencies', group: 'samples',
    title: t('External etcd and MinIO', '외부 etcd와 MinIO'),
    description: t('Shared etcd and MinIO run outside the operator.', '오퍼레이터 밖에서 운영하는 etcd와 MinIO를 함께 씁니다.'),
    yaml: EXTERNAL_DEPS,
  },
  {
    id: 'sample-etcd-auth', group: 'samples',
    title: t('etcd with authentication', '인증을 켠 etcd'),
    description: t('In-cluster etcd v8 with RBAC and Milvus logging in as root.', 'RBAC를 켠 내부 etcd v8에 Milvus가 root로 접속합니다.'),
    yaml: ETCD_AUTH,
  },
]
