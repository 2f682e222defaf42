/**
 * Facts of the milvus-helm chart (https://github.com/zilliztech/milvus-helm, charts/milvus) that
 * both directions use: the Helm export writes them and the Helm import reads them.
 */

/** Every `<key>.enabled` flag that selects a message store in the chart (values.yaml). */
export const HELM_STORE_FLAGS = [
  'pulsarv3',
  'pulsar',
  'kafka',
  'woodpecker',
  'externalPulsar',
  'externalKafka',
] as const

/** `standalone.messageQueue` values that render a store block on their own. */
export const HELM_STANDALONE_QUEUES = ['rocksmq', 'natsmq', 'woodpecker'] as const

/**
 * `externalS3` keys the chart renders as `minio.*` in milvus.yaml (templates/config.tpl), by the
 * milvus.yaml key: the same name on both sides except the access keys, which the import moves to
 * a Secret instead of the resource.
 */
export const HELM_S3_KEYS: Readonly<Record<string, string>> = {
  bucketName: 'bucketName',
  rootPath: 'rootPath',
  useSSL: 'useSSL',
  useIAM: 'useIAM',
  cloudProvider: 'cloudProvider',
  iamEndpoint: 'iamEndpoint',
  region: 'region',
  useVirtualHost: 'useVirtualHost',
  accessKeyID: 'accessKey',
  secretAccessKey: 'secretKey',
}

/** The `minio.*` keys that carry credentials; they never go into the resource. */
export const HELM_S3_CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
  'accessKeyID',
  'secretAccessKey',
])
