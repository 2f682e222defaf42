// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { MilvusResource } from '../model'
import { toDeploymentModel } from './deploymentModel'
import { escapeXml, renderDeploymentSvg } from './deploymentSvg'

function milvus(spec: MilvusResource['spec'], name = 'demo'): MilvusResource {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name }, spec }
}

describe('toDeploymentModel', () => {
  it('describes a standalone with embedded RocksMQ on a PVC', () => {
    const m = toDeploymentModel(milvus({ dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } } }))
    expect(m.milvus).toEqual([{ component: 'standalone', replicas: 1 }])
    expect(m.store).toEqual({ type: 'rocksmq', placement: 'embedded', volume: 'pvc', pods: [], endpoints: [] })
    expect(m.etcd).toEqual({ placement: 'in-cluster', replicas: 1, endpoints: [] })
    expect(m.storage).toEqual({ placement: 'in-cluster', type: 'MinIO' })
  })

  it('lists cluster pods with their replicas and in-cluster Pulsar pods', () => {
    const m = toDeploymentModel(milvus({
      mode: 'cluster',
      components: { queryNode: { replicas: 4 } },
      dependencies: { pulsar: { inCluster: { values: { broker: { replicaCount: 2 } } } } },
    }))
    expect(m.milvus.find((c) => c.component === 'queryNode')?.replicas).toBe(4)
    expect(m.milvus.map((c) => c.component)).toContain('streamingNode')
    expect(m.store.placement).toBe('in-cluster')
    expect(m.store.pods.find((p) => p.name === 'broker')?.replicas).toBe(2)
    expect(m.store.pods.find((p) => p.name === 'bookkeeper')?.replicas).toBeUndefined()
    expect(m.etcd.replicas).toBe(3)
  })

  it('shows external Kafka brokers and external etcd endpoints', () => {
    const m = toDeploymentModel(milvus({
      dependencies: {
        msgStreamType: 'kafka', kafka: { external: true, brokerList: ['a:9092', 'b:9092'] },
        etcd: { external: true, endpoints: ['e:2379'] },
      },
    }))
    expect(m.store).toMatchObject({ type: 'kafka', placement: 'external', endpoints: ['a:9092', 'b:9092'] })
    expect(m.etcd).toEqual({ placement: 'external', endpoints: ['e:2379'] })
  })
})

describe('renderDeploymentSvg', () => {
  const hostile = milvus({
    dependencies: { msgStreamType: 'pulsar', pulsar: { external: true, endpoint: '<script>alert(1)</script>:6650' } },
  }, '"><script>alert("x")</script>\u0001')

  it('escapes every text, including a script in a name or endpoint', () => {
    const svg = renderDeploymentSvg(toDeploymentModel(hostile), { lang: 'en' })
    expect(svg).not.toContain('<script')
    expect(svg).toContain('&#60;script&#62;')
    expect(svg).not.toContain('\u0001')
  })

  it.each(['light', 'dark', 'auto'] as const)('is well-formed XML with a title and role img (%s)', (theme) => {
    for (const lang of ['en', 'ko'] as const) {
      const svg = renderDeploymentSvg(toDeploymentModel(hostile), { lang, theme })
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
      expect(doc.documentElement.getElementsByTagName('script')).toHaveLength(0)
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="deployment-title deployment-desc"/)
      expect(svg).toMatch(/<title id="deployment-title">[^<]+<\/title>/)
      expect(balanced(svg)).toBe(true)
    }
  })

  it('writes Korean labels and follows currentColor by default', () => {
    const svg = renderDeploymentSvg(toDeploymentModel(milvus({})), { lang: 'ko' })
    expect(svg).toContain('메시지 저장소')
    expect(svg).toContain('currentColor')
    expect(renderDeploymentSvg(toDeploymentModel(milvus({})), { lang: 'en', theme: 'dark' })).toContain('#0d1117')
  })

  it('changes when the store changes', () => {
    const a = renderDeploymentSvg(toDeploymentModel(milvus({ dependencies: { msgStreamType: 'rocksmq' } })), { lang: 'en' })
    const b = renderDeploymentSvg(toDeploymentModel(milvus({ dependencies: { msgStreamType: 'woodpecker' } })), { lang: 'en' })
    expect(a).toContain('RocksMQ')
    expect(b).toContain('Woodpecker')
    expect(a).not.toBe(b)
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })
})

/** Every opened element is closed in order (a tiny XML well-formedness check). */
function balanced(svg: string): boolean {
  const stack: string[] = []
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m
    if (self) continue
    if (close) {
      if (stack.pop() !== name) return false
    } else stack.push(name ?? '')
  }
  return stack.length === 0
}
