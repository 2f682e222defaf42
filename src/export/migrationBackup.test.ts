import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { MilvusResource } from '../model'
import { backupConfigCommand, instanceFacts } from './migrationBackup'

/**
 * Every key milvus-backup v0.5.16 reads from configs/backup.yaml that the runbooks write, as
 * declared in its internal/cfg/cfg.go (newMilvusConfig, newMinioConfig, newBackupConfig) at
 * https://github.com/zilliztech/milvus-backup/blob/v0.5.16/internal/cfg/cfg.go. A key outside
 * this list would be ignored by the tool, and the backup would silently use its default.
 */
const MILVUS_BACKUP_KEYS = new Set([
  'milvus.address',
  'milvus.port',
  'milvus.etcd.endpoints',
  'milvus.etcd.rootPath',
  'minio.storageType',
  'minio.address',
  'minio.port',
  'minio.accessKeyID',
  'minio.secretAccessKey',
  'minio.useSSL',
  'minio.bucketName',
  'minio.rootPath',
  'minio.backupStorageType',
  'minio.backupAddress',
  'minio.backupPort',
  'minio.backupAccessKeyID',
  'minio.backupSecretAccessKey',
  'minio.backupUseSSL',
  'minio.backupBucketName',
  'minio.backupRootPath',
  'minio.crossStorage',
  'backup.gcPause.address',
])

function written(command: string): Record<string, unknown> {
  const body = /<<EOF\n([\s\S]*?)\nEOF/.exec(command)?.[1] ?? ''
  return parse(body) as Record<string, unknown>
}

function dotted(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { [prefix]: value }
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) =>
      Object.entries(dotted(v, prefix ? `${prefix}.${k}` : k)),
    ),
  )
}

const prod: MilvusResource = {
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vec' },
  spec: {},
}

const s3: MilvusResource = {
  ...prod,
  metadata: { name: 'next', namespace: 'vec' },
  spec: {
    dependencies: {
      storage: { external: true, type: 'S3', endpoint: 's3.eu-west-1.amazonaws.com:443' },
      etcd: { external: true, endpoints: ['etcd-0.db:2379'] },
    },
    config: { minio: { useSSL: true, cloudProvider: 'aws', bucketName: 'vectors' } },
  },
}

describe('backupConfigCommand', () => {
  it('writes only keys milvus-backup v0.5.16 reads, for one instance and for a restore across two', () => {
    const one = dotted(written(backupConfigCommand(instanceFacts(prod))))
    const two = dotted(written(backupConfigCommand(instanceFacts(s3), instanceFacts(prod))))
    expect(Object.keys(one).filter((k) => !MILVUS_BACKUP_KEYS.has(k))).toEqual([])
    expect(Object.keys(two).filter((k) => !MILVUS_BACKUP_KEYS.has(k))).toEqual([])
    expect(Object.keys(two).sort()).toEqual([...MILVUS_BACKUP_KEYS].sort())
  })

  it('points at the in-cluster instance the operator creates: service, etcd root path, MinIO bucket', () => {
    expect(dotted(written(backupConfigCommand(instanceFacts(prod))))).toEqual({
      'milvus.address': 'prod-milvus.vec',
      'milvus.port': 19530,
      'milvus.etcd.endpoints': 'prod-etcd.vec:2379',
      'milvus.etcd.rootPath': 'prod',
      'minio.storageType': 'minio',
      'minio.address': 'prod-minio.vec',
      'minio.port': 9000,
      'minio.accessKeyID': '${TARGET_ACCESS_KEY}',
      'minio.secretAccessKey': '${TARGET_SECRET_KEY}',
      'minio.useSSL': false,
      'minio.bucketName': 'prod',
      'minio.rootPath': 'files',
      'minio.backupBucketName': 'prod',
      'minio.backupRootPath': 'backup',
      'backup.gcPause.address': 'http://prod-milvus.vec:9091',
    })
  })

  it('carries the cloud provider, TLS, external etcd and the backup bucket of the source on a restore', () => {
    const keys = dotted(written(backupConfigCommand(instanceFacts(s3), instanceFacts(prod))))
    expect(keys).toMatchObject({
      'milvus.etcd.endpoints': 'etcd-0.db:2379',
      'minio.storageType': 'aws',
      'minio.address': 's3.eu-west-1.amazonaws.com',
      'minio.port': 443,
      'minio.useSSL': true,
      'minio.bucketName': 'vectors',
      'minio.crossStorage': true,
      'minio.backupStorageType': 'minio',
      'minio.backupAddress': 'prod-minio.vec',
      'minio.backupBucketName': 'prod',
    })
  })
})
