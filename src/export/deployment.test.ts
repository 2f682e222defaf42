// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import type { MilvusResource } from '../model'
import { PRESETS } from '../presets'
import { diagramContent } from './deploymentContent'
import type { LayoutShape, LayoutText } from './deploymentGeometry'
import { layoutDeployment, type DeploymentLayout } from './deploymentLayout'
import { toDeploymentModel } from './deploymentModel'
import { escapeXml, renderDeploymentSvg } from './deploymentSvg'
import { textAscent, textDescent, textWidth } from './deploymentText'

function milvus(spec: MilvusResource['spec'], name = 'demo'): MilvusResource {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name }, spec }
}

const LANGS = ['en', 'ko'] as const

/** Resources covering every store placement, both modes and every dependency shape. */
const CASES: readonly (readonly [string, MilvusResource])[] = [
  ...PRESETS.flatMap((p) => {
    const r = deriveDocument(p.yaml).resource
    return r ? [[`preset ${p.id}`, r] as const] : []
  }),
  [
    'cluster, HPA and many coordinators',
    milvus({
      mode: 'cluster',
      components: {
        image: 'milvusdb/milvus:v2.5.4',
        rootCoord: {},
        queryNode: { replicas: -1 },
        dataNode: { replicas: 12 },
      },
      dependencies: {
        msgStreamType: 'kafka',
        kafka: { inCluster: { values: { replicaCount: 3, zookeeper: { replicaCount: 3 } } } },
      },
    }),
  ],
  [
    'external woodpecker pools',
    milvus({
      mode: 'cluster',
      dependencies: {
        msgStreamType: 'woodpecker',
        woodpecker: {
          external: true,
          quorumBufferPools: [
            {
              name: 'a',
              seeds: [
                'wp-0.logstore.svc:18080',
                'wp-1.logstore.svc:18080',
                'wp-2.logstore.svc:18080',
              ],
            },
            { name: 'b', seeds: ['wp-3.logstore.svc:18080', 'wp-4.logstore.svc:18080'] },
          ],
        },
      },
    }),
  ],
  [
    'cluster rocksmq on a PVC, Azure, custom name',
    milvus(
      {
        mode: 'cluster',
        dependencies: {
          msgStreamType: 'rocksmq',
          rocksmq: { persistence: { enabled: true } },
          storage: { external: true, type: 'Azure', endpoint: 'core.windows.net:443' },
        },
      },
      '매우-긴-이름을-가진-밀버스-인스턴스-'.repeat(6),
    ),
  ],
  [
    'custom store, external etcd without endpoints',
    milvus({ dependencies: { msgStreamType: 'custom', etcd: { external: true } } }),
  ],
]

function textBox(t: LayoutText): { left: number; right: number; top: number; bottom: number } {
  return {
    left: t.x,
    right: t.x + textWidth(t.text, t.kind),
    top: t.y - textAscent(t.kind),
    bottom: t.y + textDescent(t.kind),
  }
}

function inside(
  t: LayoutText,
  s: { x: number; y: number; w: number; h: number },
  pad: number,
): boolean {
  const b = textBox(t)
  return (
    b.left >= s.x + pad &&
    b.right <= s.x + s.w - pad &&
    b.top >= s.y + 1 &&
    b.bottom <= s.y + s.h - 1
  )
}

const overlaps = (a: LayoutShape, b: LayoutShape): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const contains = (a: LayoutShape, b: LayoutShape): boolean =>
  b.x >= a.x && b.y >= a.y && b.x + b.w <= a.x + a.w && b.y + b.h <= a.y + a.h

/** Does the segment (x1,y1)-(x2,y2), horizontal or vertical, pass through the text's extent? */
function crosses(
  t: LayoutText,
  [x1, y1]: readonly [number, number],
  [x2, y2]: readonly [number, number],
): boolean {
  const b = textBox(t)
  const [lx, hx, ly, hy] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)]
  return lx <= b.right && hx >= b.left && ly <= b.bottom && hy >= b.top
}

function allTexts(l: DeploymentLayout): LayoutText[] {
  return [l.caption, ...l.shapes.flatMap((s) => s.texts)]
}

describe('toDeploymentModel', () => {
  it('describes a standalone with embedded RocksMQ on the <name>-data PVC', () => {
    const m = toDeploymentModel(
      milvus({
        dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
      }),
    )
    expect(m.milvus).toEqual([{ component: 'standalone', replicas: 1 }])
    expect(m.store).toEqual({
      type: 'rocksmq',
      placement: 'embedded',
      volume: 'pvc',
      claimName: 'demo-data',
      pods: [],
      endpoints: [],
    })
    expect(m.etcd).toEqual({ placement: 'in-cluster', replicas: 1, endpoints: [] })
    expect(m.storage).toEqual({ placement: 'in-cluster', type: 'MinIO', replicas: 1 })
  })

  it('uses an existing claim, and a volume for Woodpecker only with local storage', () => {
    const claim = toDeploymentModel(
      milvus({
        dependencies: {
          msgStreamType: 'natsmq',
          natsmq: {
            persistence: { enabled: true, persistentVolumeClaim: { existingClaim: 'mq' } },
          },
        },
      }),
    )
    expect(claim.store.claimName).toBe('mq')
    const wp = (config: MilvusResource['spec']['config']) =>
      toDeploymentModel(
        milvus({ config: config ?? {}, dependencies: { msgStreamType: 'woodpecker' } }),
      ).store.volume
    expect(wp({})).toBe('object-storage')
    expect(wp({ woodpecker: { storage: { type: 'local' } } })).toBe('emptyDir')
  })

  it('lists cluster pods with their replicas and in-cluster Pulsar pods', () => {
    const m = toDeploymentModel(
      milvus({
        mode: 'cluster',
        components: { queryNode: { replicas: 4 } },
        dependencies: { pulsar: { inCluster: { values: { broker: { replicaCount: 2 } } } } },
      }),
    )
    expect(m.milvus.find((c) => c.component === 'queryNode')?.replicas).toBe(4)
    expect(m.milvus.map((c) => c.component)).toContain('streamingNode')
    expect(m.store.placement).toBe('in-cluster')
    expect(m.store.pods.find((p) => p.name === 'broker')?.replicas).toBe(2)
    expect(m.store.pods.find((p) => p.name === 'bookkeeper')?.replicas).toBeUndefined()
    expect(m.etcd.replicas).toBe(3)
    expect(m.storage.replicas).toBeUndefined()
  })

  it('shows external Kafka brokers and external etcd endpoints', () => {
    const m = toDeploymentModel(
      milvus({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['a:9092', 'b:9092'] },
          etcd: { external: true, endpoints: ['e:2379'] },
        },
      }),
    )
    expect(m.store).toMatchObject({
      type: 'kafka',
      placement: 'external',
      endpoints: ['a:9092', 'b:9092'],
    })
    expect(m.etcd).toEqual({ placement: 'external', endpoints: ['e:2379'] })
  })
})

describe('diagramContent', () => {
  it('shows HPA for -1, squares up to five, and shortens long endpoint lists', () => {
    const c = diagramContent(
      toDeploymentModel(CASES.find(([n]) => n.startsWith('cluster, HPA'))![1]),
      'en',
    )
    expect(c.components.find((r) => r.name === 'queryNode')).toMatchObject({
      count: 'HPA',
      known: false,
    })
    expect(c.components.find((r) => r.name === 'dataNode')).toMatchObject({
      count: '× 12',
      squares: 5,
    })
    expect(c.components.map((r) => r.name)).toEqual(
      expect.arrayContaining(['rootCoord', 'indexNode']),
    )
    const wp = diagramContent(
      toDeploymentModel(CASES.find(([n]) => n.startsWith('external woodpecker'))![1]),
      'ko',
    )
    expect(wp.cards[0]?.endpoints).toEqual(['wp-0.logstore.svc:18080', 'wp-1.logstore.svc:18080'])
    expect(wp.cards[0]?.notes).toEqual(['외 3개'])
    const none = diagramContent(
      toDeploymentModel(CASES.find(([n]) => n.startsWith('custom store'))![1]),
      'en',
    )
    expect(none.cards.find((k) => k.id === 'etcd')?.notes).toEqual(['no endpoint set'])
  })

  it('draws the embedded store inside the Milvus group, not as a card', () => {
    const c = diagramContent(
      toDeploymentModel(milvus({ mode: 'cluster', dependencies: { msgStreamType: 'rocksmq' } })),
      'ko',
    )
    expect(c.cards.map((k) => k.id)).toEqual(['etcd', 'storage'])
    expect(c.embedded?.volume?.ephemeral).toBe(true)
    expect(c.embedded?.title).toBe('메시지 저장소: RocksMQ (내장)')
  })
})

describe('layoutDeployment', () => {
  describe.each(CASES.map(([name, r]) => [name, r] as const))('%s', (_name, resource) => {
    it.each(LANGS)(
      'keeps every text inside its box and every box inside the canvas (%s)',
      (lang) => {
        const l = layoutDeployment(toDeploymentModel(resource), lang)
        const canvas = { x: 0, y: 0, w: l.width, h: l.height }
        expect(inside(l.caption, canvas, 16)).toBe(true)
        for (const s of l.shapes) {
          expect(contains({ ...s, kind: 'group', x: 0, y: 0, w: l.width, h: l.height }, s)).toBe(
            true,
          )
          for (const t of s.texts) expect(inside(t, s, 6), `${t.text} in ${s.kind}`).toBe(true)
        }
      },
    )

    it.each(LANGS)(
      'overlaps no box with another unless one holds the other, and routes arrows clear of text (%s)',
      (lang) => {
        const l = layoutDeployment(toDeploymentModel(resource), lang)
        const boxes = l.shapes.filter((s) => s.kind !== 'pod')
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1))
            if (overlaps(a, b)) expect(contains(a, b) || contains(b, a)).toBe(true)
        }
        const texts = allTexts(l)
        for (const e of l.edges) {
          for (const [j, p] of e.points.entries()) {
            const q = e.points[j + 1]
            if (q)
              for (const t of texts)
                expect(crosses(t, p, q), `edge crosses "${t.text}"`).toBe(false)
          }
        }
      },
    )
  })

  it('fits the canvas tightly around the content', () => {
    const l = layoutDeployment(toDeploymentModel(milvus({ mode: 'cluster' })), 'en')
    const right = Math.max(...l.shapes.map((s) => s.x + s.w))
    const bottom = Math.max(...l.shapes.map((s) => s.y + s.h))
    expect(l.width - right).toBeLessThanOrEqual(24)
    expect(l.height - bottom).toBeLessThanOrEqual(24)
  })

  it('points one arrow at the left edge of each dependency card', () => {
    const l = layoutDeployment(
      toDeploymentModel(milvus({ mode: 'cluster', dependencies: { msgStreamType: 'kafka' } })),
      'en',
    )
    const cards = l.shapes.filter((s) => s.kind === 'card' && s.tone !== 'milvus')
    const ends = l.edges
      .filter((e) => e.kind === 'dependency')
      .map((e) => e.points[e.points.length - 1])
    expect(cards).toHaveLength(3)
    for (const c of cards)
      expect(ends.some((e) => e?.[0] === c.x && Math.abs(e[1] - (c.y + c.h / 2)) <= 1)).toBe(true)
  })

  it('gives wider boxes to longer text (Korean counted double)', () => {
    expect(textWidth('가나다라', 'body')).toBeGreaterThan(textWidth('abcd', 'body') * 1.6)
    const en = layoutDeployment(toDeploymentModel(milvus({})), 'en')
    const longName = layoutDeployment(
      toDeploymentModel(
        milvus({ components: { image: `registry.example.com/${'x'.repeat(40)}/milvus:v2.6.11` } }),
      ),
      'en',
    )
    expect(longName.shapes[0]!.w).toBeGreaterThan(en.shapes[0]!.w)
  })
})

describe('renderDeploymentSvg', () => {
  const hostile = milvus(
    {
      dependencies: {
        msgStreamType: 'pulsar',
        pulsar: { external: true, endpoint: '<script>alert(1)</script>:6650' },
      },
    },
    '"><script>alert("x")</script>\u0001',
  )

  it('escapes every text, including a script in a name or endpoint', () => {
    const svg = renderDeploymentSvg(toDeploymentModel(hostile), { lang: 'en' })
    expect(svg).not.toContain('<script')
    expect(svg).toContain('&#60;script&#62;')
    expect(svg).not.toContain('\u0001')
  })

  it.each(['light', 'dark', 'auto'] as const)(
    'is well-formed XML with a title, role img and an aria-label (%s)',
    (theme) => {
      for (const lang of LANGS) {
        const svg = renderDeploymentSvg(toDeploymentModel(hostile), {
          lang,
          theme,
          idPrefix: 'd<1>',
        })
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
        const root = doc.documentElement
        expect(root.getElementsByTagName('script')).toHaveLength(0)
        expect(root.getAttribute('role')).toBe('img')
        expect(root.getAttribute('aria-label')).toContain('<script>alert(1)</script>:6650')
        expect(root.getElementsByTagName('title')[0]?.textContent).toContain(
          '<script>alert("x")</script>',
        )
        expect(root.getAttribute('id')).toBe('d1')
        const w = Number(root.getAttribute('width'))
        expect(root.getAttribute('viewBox')).toBe(`0 0 ${w} ${root.getAttribute('height')}`)
      }
    },
  )

  it('draws each laid-out text once, in order', () => {
    const model = toDeploymentModel(
      milvus({ mode: 'cluster', dependencies: { msgStreamType: 'pulsar' } }),
    )
    const doc = new DOMParser().parseFromString(
      renderDeploymentSvg(model, { lang: 'ko' }),
      'image/svg+xml',
    )
    const drawn = [...doc.getElementsByTagName('text')].map((t) => t.textContent)
    expect(drawn).toEqual(allTexts(layoutDeployment(model, 'ko')).map((t) => t.text))
    expect(drawn).toContain('메시지 저장소: Pulsar')
  })

  it('uses a fixed palette for light and dark, and prefers-color-scheme for auto', () => {
    const model = toDeploymentModel(milvus({}))
    const light = renderDeploymentSvg(model, { lang: 'en', theme: 'light' })
    const dark = renderDeploymentSvg(model, { lang: 'en', theme: 'dark' })
    const auto = renderDeploymentSvg(model, { lang: 'en', theme: 'auto' })
    expect(light).toContain('fill:#ffffff')
    expect(light).not.toContain('#0d1117')
    expect(dark).toContain('fill:#0d1117')
    expect(dark).not.toContain('prefers-color-scheme')
    expect(auto).toMatch(/fill:#ffffff.*@media \(prefers-color-scheme: dark\)\{.*fill:#0d1117/)
  })

  it('changes when the store changes', () => {
    const draw = (spec: MilvusResource['spec']) =>
      renderDeploymentSvg(toDeploymentModel(milvus(spec)), { lang: 'en' })
    const rocks = draw({ dependencies: { msgStreamType: 'rocksmq' } })
    const wood = draw({ dependencies: { msgStreamType: 'woodpecker' } })
    const kafka = draw({ mode: 'cluster', dependencies: { msgStreamType: 'kafka' } })
    expect(rocks).toContain('RocksMQ log volume')
    expect(wood).toContain('also holds the Woodpecker log')
    expect(kafka).toContain('Message store: Kafka')
    expect(new Set([rocks, wood, kafka]).size).toBe(3)
  })

  it('leaves no handler-like attribute in any tag, even from a name quoted into the aria-label', () => {
    const svg = renderDeploymentSvg(toDeploymentModel(milvus({}, '<img src=x onerror=alert(1)>')), {
      lang: 'en',
    })
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i)
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.documentElement.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>')
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })

  it('escapes a <script> element in names', () => {
    expect(escapeXml('<script>alert(1)</script>')).toBe('&#60;script&#62;alert(1)&#60;/script&#62;')
  })
})
