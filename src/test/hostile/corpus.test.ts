import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deriveDocument } from '../../derive'
import {
  renderDeploymentSvg,
  toDeploymentModel,
  toEffectiveResource,
  toHelmValues,
} from '../../export'
import { normalize, type MilvusResource } from '../../model'
import { decodeShareLink, encodeShareLink, MAX_SHARE_BYTES, redactSecrets } from '../../share'
import { parseYaml } from '../../yaml'
import { HOSTILE_BYTES, HOSTILE_TEXTS, hostileInputCount } from './corpus'
import {
  foreignPrototypes,
  hasLoneSurrogate,
  pollutionProbe,
  snapshotPrototypes,
  svgMarkup,
} from './guards'

// Every input must get a clear, bounded answer: a handled result or an error finding with a
// message. Nothing may throw, hang, execute a tag or touch a built-in prototype. Per-input time is
// bounded generously as a hang guard (the CI machine is small and shared); the report gives the
// measured figures, which are far lower.
const PER_INPUT_MS = 15_000

const before = snapshotPrototypes()

function expectNoPollution(): void {
  expect(snapshotPrototypes()).toEqual(before)
  expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
}

function messagesOf(findings: readonly { message: { en: string; ko: string } }[]): string[] {
  return findings.flatMap((f) => [f.message.en, f.message.ko])
}

const SVG_ELEMENTS = new Set([
  'svg',
  'title',
  'desc',
  'style',
  'defs',
  'marker',
  'path',
  'rect',
  'text',
  'tspan',
  'g',
  'line',
  'circle',
  'ellipse',
  'polyline',
  'polygon',
])

function expectSafeExports(resource: MilvusResource): void {
  const effective = toEffectiveResource(resource)
  expect(foreignPrototypes(effective.resource)).toEqual([])
  expect(typeof toHelmValues({ resource: resource }).yaml).toBe('string')
  for (const lang of ['en', 'ko'] as const) {
    const svg = renderDeploymentSvg(toDeploymentModel(resource), { lang })
    expect(svg.startsWith('<svg')).toBe(true)
    // Values are data: no element or handler from the input may survive into the drawing, and
    // every tag is well formed (a raw quote or < from the input would break the tag pattern).
    const { elements, attributes, broken } = svgMarkup(svg)
    expect(elements.filter((e) => !SVG_ELEMENTS.has(e))).toEqual([])
    expect(attributes.filter((a) => a.startsWith('on') || a === 'href')).toEqual([])
    expect(broken).toBe(0)
  }
}

describe(`hostile corpus: ${hostileInputCount()} inputs (${HOSTILE_TEXTS.length} texts, ${HOSTILE_BYTES.length} byte inputs)`, () => {
  beforeAll(() => expectNoPollution())
  afterAll(() => expectNoPollution())

  describe.each(HOSTILE_TEXTS.map((h) => [`${h.family}: ${h.name}`, h] as const))(
    '%s',
    (_label, input) => {
      it('derives, exports and draws a bounded, clear answer without throwing or polluting', () => {
        const source = input.build()
        const started = performance.now()
        const derived = deriveDocument(source)
        expect(performance.now() - started).toBeLessThan(PER_INPUT_MS)
        expect(derived.source).toBe(source)
        if (!derived.ok) {
          // The text does not parse: the user must be told why, in both languages.
          expect(derived.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0)
          for (const m of messagesOf(derived.findings)) expect(m.trim().length).toBeGreaterThan(0)
        } else if (!derived.resource) {
          // Parsed, but nothing to edit: the answer is "no Milvus document" (the studio says so on import).
          expect(derived.milvusIndex).toBe(-1)
          expect(derived.documents.every((d) => !d.isMilvus)).toBe(true)
        }
        for (const doc of derived.documents) {
          expect(foreignPrototypes(doc.resource)).toEqual([])
          for (const f of doc.findings) expect(typeof f.message.en).toBe('string')
        }
        if (derived.resource) expectSafeExports(derived.resource)
        expectNoPollution()
      })

      it('normalizes every parsed document without throwing', () => {
        const { documents, errors } = parseYaml(input.build())
        for (const e of errors) expect(e.message.length).toBeGreaterThan(0)
        for (const doc of documents) {
          expect(foreignPrototypes(doc.value)).toEqual([])
          const { resource, issues } = normalize(doc.value)
          expect(typeof resource.spec).toBe('object')
          expect(Array.isArray(issues)).toBe(true)
          expect(foreignPrototypes(resource)).toEqual([])
        }
        expectNoPollution()
      })

      it('round-trips through the share codec, or refuses with a clear reason', async () => {
        const source = input.build()
        let fragment: string
        try {
          fragment = (await encodeShareLink(source, { includeSecrets: true })).fragment
        } catch (error) {
          // The codec documents one refusal: a RangeError past its size limit.
          expect(error).toBeInstanceOf(RangeError)
          expect(new TextEncoder().encode(source).byteLength).toBeGreaterThan(MAX_SHARE_BYTES)
          return
        }
        const decoded = await decodeShareLink(fragment)
        expect(decoded.ok).toBe(true)
        if (decoded.ok && !hasLoneSurrogate(source)) expect(decoded.source).toBe(source)
        // Without the opt-in, the link opens to the redacted text.
        const redacted = await decodeShareLink(
          (await encodeShareLink(source, { includeSecrets: false })).fragment,
        )
        if (redacted.ok && !hasLoneSurrogate(source))
          expect(redacted.source).toBe(redactSecrets(source).text)
        expectNoPollution()
      })
    },
  )
})
