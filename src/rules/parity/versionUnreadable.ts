/**
 * The operator decides "2.6 or later" (streaming node, mixCoord, Woodpecker as the standalone
 * default, no index node) from components.version, else from the text after the image's last
 * `:`, parsed with blang/semver ParseTolerant. Anything it cannot parse counts as older than 2.6.
 */
import { DEFAULT_MILVUS_IMAGE, readResourceVersion, type OperatorVersionReading } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import type { Fix } from '../types'
import { SRC_VERSION } from '../lib/sources'

/** The version of the operator's default image, offered when nothing better is known. */
const DEFAULT_VERSION = (DEFAULT_MILVUS_IMAGE.split(':')[1] ?? '').replace(/^v/, '')
const VERSION_PATH = ['spec', 'components', 'version']
const IMAGE_PATH = ['spec', 'components', 'image']
const OLDER =
  'treats this Milvus as older than 2.6: no streaming node, no forced mixCoord, an index node in cluster mode and RocksMQ as the standalone default'
const OLDER_KO =
  '이 Milvus를 2.6 미만으로 취급합니다: 스트리밍 노드 없음, mixCoord 강제 없음, 클러스터 모드의 인덱스 노드, 스탠드얼론 기본값 RocksMQ'

/** A version the studio can offer for components.version: a readable tag before a digest. */
function offeredVersion(image: string): string | undefined {
  const beforeDigest = image.split('@')[0] ?? ''
  const colon = beforeDigest.lastIndexOf(':')
  if (colon < 0 || colon < beforeDigest.lastIndexOf('/')) return undefined
  const tag = beforeDigest.slice(colon + 1)
  return /^v?\d+\.\d+(\.\d+)?$/.test(tag) ? tag.replace(/^v/, '') : undefined
}

function message(reading: OperatorVersionReading, image: string): { en: string; ko: string } {
  if (reading.source === 'version') {
    return {
      en: `The operator cannot parse components.version "${reading.text}" as a version and ${OLDER}; write the Milvus version, e.g. 2.6.11.`,
      ko: `오퍼레이터는 components.version "${reading.text}"을(를) 버전으로 읽지 못해 ${OLDER_KO}. 2.6.11처럼 Milvus 버전을 쓰세요.`,
    }
  }
  const what =
    reading.text === ''
      ? 'the image has no tag'
      : `"${reading.text}" (the text after the last ":") is not a version`
  return {
    en: `The operator reads the Milvus version from the image tag, but ${what} in ${image}, so it ${OLDER}; set components.version to the version this image runs.`,
    ko: `오퍼레이터는 이미지 태그에서 Milvus 버전을 읽는데 ${image}에서 ${reading.text === '' ? '태그가 없어' : `"${reading.text}"(마지막 ":" 뒤)가 버전이 아니어서`} ${OLDER_KO}. components.version에 이 이미지의 버전을 쓰세요.`,
  }
}

export const versionUnreadable = defineRule({
  id: 'version-unreadable',
  severity: 'warning',
  title: {
    en: 'Milvus version the operator cannot read',
    ko: '오퍼레이터가 읽지 못하는 Milvus 버전',
  },
  explanation: {
    en: 'The operator reads the Milvus version from spec.components.version, or else from the image: the text after the last ":" parsed as a semantic version (a leading v and a missing patch are tolerated). latest, digests (@sha256:...), date tags and a registry port without a tag cannot be read, and then the operator assumes a version older than 2.6, which changes which components and which default message store it deploys. A master- tag counts as 2.6 or later. Setting components.version makes the choice explicit.',
    ko: '오퍼레이터는 spec.components.version에서, 없으면 이미지의 마지막 ":" 뒤 텍스트를 시맨틱 버전으로 읽습니다(앞의 v와 빠진 patch는 허용). latest, 다이제스트(@sha256:...), 날짜 태그, 태그 없는 레지스트리 포트는 읽을 수 없고, 그러면 2.6 미만 버전으로 가정해 배포하는 컴포넌트와 기본 메시지 저장소가 달라집니다. master- 태그는 2.6 이상으로 봅니다. components.version을 쓰면 선택이 명확해집니다.',
  },
  source: SRC_VERSION,
  check(ctx, report) {
    const components = ctx.resource.spec.components
    const reading = readResourceVersion(components)
    if (reading.parsed || reading.isMaster || reading.source === 'default-image') return
    const image = typeof components?.image === 'string' ? components.image : ''
    const fromTag = reading.source === 'image' ? offeredVersion(image) : undefined
    const offered = fromTag ?? DEFAULT_VERSION
    const fix: Fix = setFix(
      fromTag
        ? {
            en: `Set components.version to ${offered}`,
            ko: `components.version을 ${offered}(으)로 설정`,
          }
        : {
            en: `Set components.version to ${offered} (the operator's default image; change it to what your image runs)`,
            ko: `components.version을 ${offered}(으)로 설정(오퍼레이터 기본 이미지; 실제 이미지 버전으로 바꾸세요)`,
          },
      VERSION_PATH,
      offered,
    )
    report(reading.source === 'version' ? VERSION_PATH : IMAGE_PATH, message(reading, image), {
      fix,
    })
  },
})
