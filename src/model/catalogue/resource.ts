/**
 * The root of the field catalogue: a `milvus.io/v1beta1` Milvus document. Everything the studio
 * knows about a field (kind, enum, default, description, versions, bounds) starts here.
 */
import { COMPONENTS } from './components'
import { CONFIG_COMMON, CONFIG_ETCD, CONFIG_MINIO } from './configStorage'
import { CONFIG_KAFKA, CONFIG_MQ, CONFIG_NATSMQ, CONFIG_PULSAR, CONFIG_ROCKSMQ } from './configMq'
import { CONFIG_WOODPECKER } from './configWoodpecker'
import { DEPENDENCIES } from './dependencies'
import { enm, free, obj, str, t } from './dsl'
import { OBJECT_META } from './kube'

export const CONFIG = free(
  t(
    'Partial milvus.yaml merged over what the operator renders; unknown keys pass through.',
    '오퍼레이터가 만든 설정 위에 병합되는 부분 milvus.yaml이며, 모르는 키도 그대로 전달됩니다.',
  ),
  {
    mq: CONFIG_MQ,
    kafka: CONFIG_KAFKA,
    pulsar: CONFIG_PULSAR,
    rocksmq: CONFIG_ROCKSMQ,
    natsmq: CONFIG_NATSMQ,
    woodpecker: CONFIG_WOODPECKER,
    etcd: CONFIG_ETCD,
    minio: CONFIG_MINIO,
    common: CONFIG_COMMON,
  },
)

export const SPEC = obj(
  {
    mode: enm(
      ['cluster', 'standalone'] as const,
      t(
        'standalone runs one Milvus pod; cluster runs each component separately.',
        'standalone은 Milvus 파드 하나로, cluster는 컴포넌트를 각각 따로 실행합니다.',
      ),
      { default: 'standalone' },
    ),
    components: COMPONENTS,
    dependencies: DEPENDENCIES,
    config: CONFIG,
    hookConfig: free(
      t(
        'Extra hook.yaml for Milvus hooks (free-form).',
        'Milvus 훅용 추가 hook.yaml입니다(자유 형식).',
      ),
      undefined,
      { nullable: true, keepNull: true },
    ),
  },
  t('The desired Milvus deployment.', '원하는 Milvus 배포 상태입니다.'),
)

export const MILVUS_RESOURCE = obj(
  {
    apiVersion: str(
      t(
        'API group and version: milvus.io/v1beta1.',
        'API 그룹과 버전이며 milvus.io/v1beta1입니다.',
      ),
      { default: 'milvus.io/v1beta1' },
    ),
    kind: str(t('Resource kind: Milvus.', '리소스 종류이며 Milvus입니다.'), { default: 'Milvus' }),
    metadata: OBJECT_META,
    spec: SPEC,
    status: free(
      t(
        'Written by the operator; leave it out of manifests you apply.',
        '오퍼레이터가 쓰는 값이므로 적용할 매니페스트에는 넣지 마세요.',
      ),
    ),
  },
  t('A Milvus custom resource.', 'Milvus 커스텀 리소스입니다.'),
)
