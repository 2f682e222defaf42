/** The empty starting point: the smallest v1beta1 resource the operator accepts. */
import type { Preset } from './types'

export const BLANK_PRESET: Preset = {
  id: 'blank',
  group: 'blank',
  title: { en: 'Blank standalone', ko: '빈 스탠드얼론' },
  description: {
    en: 'A minimal standalone Milvus. Every field left out takes the operator default.',
    ko: '최소한의 스탠드얼론 Milvus입니다. 적지 않은 필드는 모두 오퍼레이터 기본값을 따릅니다.',
  },
  yaml: `# A minimal standalone Milvus. Anything not written here is filled in by the operator.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-milvus
  namespace: default
spec:
  mode: standalone
`,
}
