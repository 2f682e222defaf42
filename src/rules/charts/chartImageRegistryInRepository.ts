/**
 * The bitnami charts (etcd, kafka and its zookeeper) build an image name as
 * `<image.registry>/<image.repository>:<image.tag>` (bitnami common `common.images.image`), and
 * `image.registry` defaults to docker.io. A registry host written into `image.repository` is then
 * prefixed a second time (`docker.io/quay.io/...`) and the pull fails. Charts without an
 * `image.registry` key (minio, pulsar, tei) take the host in the repository and are left alone.
 */
import type { SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { checkEachChartValues } from '../lib/chartValues'
import type { Fix } from '../types'

/** The first path segment names a registry when it has a dot or a port, or is localhost. */
export function registryHost(repository: string): string | undefined {
  const cut = repository.indexOf('/')
  if (cut <= 0) return undefined
  const first = repository.slice(0, cut)
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined
}

function splitFix(imagePath: SpecPath, host: string, rest: string): Fix {
  return {
    title: { en: `Move ${host} to image.registry`, ko: `${host}를 image.registry로 옮기기` },
    patches: [
      { op: 'set', path: [...imagePath, 'registry'], value: host },
      { op: 'set', path: [...imagePath, 'repository'], value: rest },
    ],
  }
}

const ID = 'chart-image-registry-in-repository'

export const chartImageRegistryInRepository = defineRule({
  id: ID,
  severity: 'warning',
  title: {
    en: 'Registry host inside image.repository',
    ko: 'image.repository 안의 레지스트리 호스트',
  },
  explanation: {
    en: 'The bitnami etcd and Kafka charts join image.registry (docker.io by default), image.repository and image.tag. A registry host written into image.repository is prefixed with the registry again, so the image cannot be pulled. Put the host in image.registry and keep only the path in image.repository.',
    ko: 'bitnami etcd와 Kafka 차트는 image.registry(기본 docker.io), image.repository, image.tag를 이어 붙입니다. image.repository에 레지스트리 호스트를 쓰면 레지스트리가 한 번 더 붙어 이미지를 받을 수 없습니다. 호스트는 image.registry에, 경로만 image.repository에 두세요.',
  },
  source:
    'bitnami/charts bitnami/common templates/_images.tpl (common.images.image); etcd 8.12.0 and kafka 15.5.1 values.yaml image.registry',
  check(ctx, report) {
    checkEachChartValues(ctx, ID, report, ({ keys }, report) => {
      for (const node of keys.nodes) {
        const { key, value, path: here, parent } = node
        if (key !== 'repository' || typeof value !== 'string') continue
        if (!keys.index.entry([...node.rel.slice(0, -1), 'registry'].join('.'))) continue
        const host = registryHost(value)
        if (!host) continue
        const rest = value.slice(host.length + 1)
        const registry = typeof parent.registry === 'string' ? parent.registry : 'docker.io'
        report(
          here,
          {
            en: `image.repository starts with the registry ${host}; this chart prefixes image.registry (${registry}), so it pulls ${registry}/${value}. Put ${host} in image.registry and ${rest} in image.repository.`,
            ko: `image.repository가 레지스트리 ${host}로 시작합니다. 이 차트는 image.registry(${registry})를 앞에 붙이므로 ${registry}/${value}를 받으려 합니다. ${host}는 image.registry에, ${rest}는 image.repository에 두세요.`,
          },
          { fix: splitFix(here.slice(0, -1), host, rest) },
        )
      }
    })
  },
})
