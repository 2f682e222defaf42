/**
 * Taking over a running Helm release keeps its data only if Milvus finds it where the release put
 * it. The operator's milvus.yaml template names etcd.rootPath, msgChannel.chanNamePrefix.cluster and
 * minio.bucketName after the resource (zilliztech/milvus-operator v1.3.8 config/assets/templates/
 * milvus.yaml.tmpl), while a Helm release keeps Milvus's own defaults (`by-dev`) and the chart's
 * minio.bucketName/rootPath unless user.yaml overrides them. Pure.
 */
import { putIn, type ImportBuild } from './importBuild'
import { enabled, isRec, note, read, t, type HelmView, type Rec } from './helmView'

/** Milvus's own default for etcd.rootPath and msgChannel.chanNamePrefix.cluster (configs/milvus.yaml). */
const MILVUS_DEFAULT_PREFIX = 'by-dev'

function fromUserYaml(user: Rec, path: readonly string[]): unknown {
  let v: unknown = user
  for (const key of path) v = isRec(v) ? v[key] : undefined
  return v
}

/** What config.tpl renders: externalS3's value when external (an empty bucket falls back to minio's). */
function storageValue(view: HelmView, key: 'bucketName' | 'rootPath'): unknown {
  if (!enabled(view, 'externalS3')) return read(view, ['minio', key])
  const external = read(view, ['externalS3', key])
  return key === 'bucketName' && (external === '' || external === undefined)
    ? read(view, ['minio', key])
    : (external ?? '')
}

/** Writes the four settings the release used into spec.config, and says why. */
export function applyTakeOver(
  view: HelmView,
  b: ImportBuild,
  release: string,
  userYaml: Rec,
): void {
  const settings: [readonly string[], unknown][] = [
    [['etcd', 'rootPath'], fromUserYaml(userYaml, ['etcd', 'rootPath']) ?? MILVUS_DEFAULT_PREFIX],
    [
      ['msgChannel', 'chanNamePrefix', 'cluster'],
      fromUserYaml(userYaml, ['msgChannel', 'chanNamePrefix', 'cluster']) ?? MILVUS_DEFAULT_PREFIX,
    ],
    [
      ['minio', 'bucketName'],
      fromUserYaml(userYaml, ['minio', 'bucketName']) ?? storageValue(view, 'bucketName'),
    ],
    [
      ['minio', 'rootPath'],
      fromUserYaml(userYaml, ['minio', 'rootPath']) ?? storageValue(view, 'rootPath'),
    ],
  ]
  for (const [path, value] of settings) {
    if (value === undefined || value === null) continue
    putIn(b.config, path, value)
  }
  note(
    view,
    'info',
    '',
    t(
      `Take-over of release ${release}: spec.config keeps etcd.rootPath, msgChannel.chanNamePrefix.cluster, minio.bucketName and minio.rootPath as the release used them. The operator would otherwise name them after the resource, and Milvus would start empty beside the old data.`,
      `릴리스 ${release} 인수: spec.config에 etcd.rootPath, msgChannel.chanNamePrefix.cluster, minio.bucketName, minio.rootPath를 릴리스가 쓰던 값 그대로 둡니다. 그러지 않으면 오퍼레이터가 리소스 이름을 따라 지정하여 Milvus가 기존 데이터 옆에서 빈 상태로 시작합니다.`,
    ),
  )
  const inCluster = ['etcd', 'minio', 'pulsarv3', 'pulsar', 'kafka'].filter(
    (block) =>
      enabled(view, block) &&
      !(block === 'etcd' && enabled(view, 'externalEtcd')) &&
      !(block === 'minio' && enabled(view, 'externalS3')),
  )
  if (inCluster.length > 0)
    note(
      view,
      'unmapped',
      '',
      t(
        `The in-cluster ${inCluster.join(', ')} of release ${release} belong to the Helm release; the operator deploys new ones for the resource. To keep their data, point the resource at them as external services (or migrate the data) before uninstalling the release.`,
        `릴리스 ${release}의 클러스터 내부 ${inCluster.join(', ')}는 Helm 릴리스에 속하며 오퍼레이터는 리소스용으로 새로 배포합니다. 데이터를 유지하려면 릴리스를 지우기 전에 리소스가 이들을 외부 서비스로 가리키게 하거나 데이터를 옮기세요.`,
      ),
    )
}
