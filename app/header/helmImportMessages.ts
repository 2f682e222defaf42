/** Catalogue of the Helm values part of the import dialog. */
import { defineMessages } from '../i18n'

export const helmImportMessages = defineMessages({
  en: {
    source: 'What are you importing?',
    sourceManifest: 'A Milvus manifest (YAML)',
    sourceHelm: 'From milvus-helm values',
    valuesLabel: 'values.yaml of the Helm release',
    valuesHint:
      'Read the way the chart renders it. Credentials become Secret documents; what cannot be carried over is listed as comments at the top.',
    name: 'Resource name',
    namespace: 'Namespace (optional)',
    chartVersion: 'Chart version the values were written for',
    target: 'Where does it go?',
    targetNew: 'New deployment',
    targetTakeOver: 'Take over release {name}',
    targetHint:
      "Taking over keeps the release's etcd root path, channel prefix, bucket and root path, so Milvus finds its data.",
    importHelm: 'Import values',
    nameInvalid: 'Use lower-case letters, digits and dashes.',
  },
  ko: {
    source: '무엇을 가져오나요?',
    sourceManifest: 'Milvus 매니페스트(YAML)',
    sourceHelm: 'milvus-helm 값에서',
    valuesLabel: 'Helm 릴리스의 values.yaml',
    valuesHint:
      '차트가 렌더링하는 방식대로 읽습니다. 자격 증명은 Secret 문서가 되고, 옮기지 못한 설정은 맨 위에 주석으로 적습니다.',
    name: '리소스 이름',
    namespace: '네임스페이스(선택)',
    chartVersion: '값을 작성한 차트 버전',
    target: '어디에 배포하나요?',
    targetNew: '새 배포',
    targetTakeOver: '릴리스 {name} 인수',
    targetHint:
      '인수하면 릴리스의 etcd 루트 경로, 채널 접두사, 버킷, 루트 경로를 유지하여 Milvus가 데이터를 찾습니다.',
    importHelm: '값 가져오기',
    nameInvalid: '소문자, 숫자, 대시만 쓰세요.',
  },
})
