import { describe, expect, it } from 'vitest'
import legacy from '../test/fixtures/legacyAlpha.yaml?raw'
import withSecret from '../test/fixtures/withSecret.yaml?raw'
import kafka from '../test/fixtures/clusterKafka.yaml?raw'
import { defineRule } from '../rules'
import type { Rule } from '../rules'
import { HAS_SHARED, listSamples, readSample, SKIP_REASON } from '../test/sharedReference'
import { deriveDocument } from './deriveDocument'
import type { SpecPath } from '../model/types'

/** A rule that reports one fixed path, so derive can be tested apart from the real rules. */
function reportsAt(path: SpecPath, severity: Rule['severity'] = 'warning'): Rule {
  return defineRule({
    id: 'test-reports-at',
    severity,
    title: { en: 'test', ko: '테스트' },
    explanation: { en: 'test', ko: '테스트' },
    source: 'test',
    check(_ctx, report) {
      report(path, { en: 'here', ko: '여기' })
    },
  })
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1
}

describe('deriveDocument', () => {
  it('lists a Secret with no findings and checks the Milvus document after it', () => {
    const path = ['spec', 'dependencies', 'kafka', 'secretRef']
    const d = deriveDocument(withSecret, { rules: [reportsAt(path)] })
    expect(d.documents.map((x) => [x.kind, x.name, x.isMilvus, x.findings.length])).toEqual([
      ['Secret', 'kafka-creds', false, 0],
      ['Milvus', 'streams', true, 1],
    ])
    expect(d.milvusIndex).toBe(1)
    expect(d.ok).toBe(true)
    expect(d.resource?.spec.dependencies?.kafka?.external).toBe(true)
    expect(d.findings[0]?.range?.start.line).toBe(lineOf(withSecret, 'secretRef:'))
  })

  it('lifts v1alpha1 MilvusCluster and maps a finding back to the line the user wrote', () => {
    const d = deriveDocument(legacy, { rules: [reportsAt(['spec', 'mode'], 'error')] })
    const doc = d.documents[0]
    expect(doc?.liftedFrom).toMatch(/MilvusCluster/)
    expect(d.resource?.spec.mode).toBe('cluster')
    const finding = d.findings.find((f) => f.rule === 'test-reports-at')
    // spec.mode is not written: the lift says it comes from `kind: MilvusCluster`.
    expect(finding?.range?.start.line).toBe(lineOf(legacy, 'kind: MilvusCluster'))
    expect(doc?.liftNotes?.[0]?.ko).toMatch(/[가-힣]/)
  })

  it('places a finding on an absent field at its nearest written ancestor', () => {
    const d = deriveDocument(kafka, {
      rules: [reportsAt(['spec', 'dependencies', 'pulsar', 'endpoint'])],
    })
    expect(d.findings[0]?.range?.start.line).toBe(lineOf(kafka, '  dependencies:'))
  })

  it('turns a syntax error into a yaml-syntax finding on its line and keeps no resource', () => {
    const text =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  mode: cluster\n    broken: 1\n'
    const d = deriveDocument(text, { rules: [reportsAt(['spec'])] })
    expect(d.ok).toBe(false)
    expect(d.resource).toBeUndefined()
    expect(d.documents[0]?.hasSyntaxErrors).toBe(true)
    const f = d.findings[0]
    expect(f).toMatchObject({ rule: 'yaml-syntax', severity: 'error', path: [] })
    expect(f?.range?.start.line).toBe(4)
    expect(f?.message.ko).toMatch(/[가-힣]/)
    expect(d.findings.some((x) => x.rule === 'test-reports-at')).toBe(false)
  })

  it('reports duplicate keys and unknown tags as findings', () => {
    const text =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  mode: cluster\n  mode: standalone\n  x: !!js/function f\n'
    const d = deriveDocument(text, { rules: [] })
    expect(d.findings.map((f) => [f.rule, f.severity, f.range?.start.line])).toEqual([
      ['yaml-duplicate-key', 'error', 5],
      ['yaml-tag', 'warning', 6],
    ])
    expect(d.ok).toBe(false)
  })

  it('is not ok when a stream limit is hit, and finds no Milvus in other kinds', () => {
    const many = Array.from({ length: 1001 }, () => 'kind: ConfigMap\n').join('---\n')
    const d = deriveDocument(many, { rules: [] })
    expect(d.ok).toBe(false)
    expect(d.milvusIndex).toBe(-1)
    expect(d.findings[0]?.rule).toBe('yaml-limit')
  })

  it('sorts findings by severity, then by line', () => {
    const rules = [
      reportsAt(['spec', 'mode'], 'info'),
      reportsAt(['metadata', 'name'], 'error'),
      reportsAt(['kind'], 'error'),
    ]
    const d = deriveDocument(kafka, { rules })
    expect(d.findings.map((f) => [f.severity, f.range?.start.line])).toEqual([
      ['error', lineOf(kafka, 'kind: Milvus')],
      ['error', lineOf(kafka, 'name: my-release')],
      ['info', lineOf(kafka, 'mode: cluster')],
    ])
  })

  it.each([
    ['an empty text', ''],
    ['a bare scalar', 'just text'],
    ['a list', '- a\n- b\n'],
    [
      'an alias bomb',
      'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    ],
    ['deep nesting', 'kind: Milvus\nspec: ' + '['.repeat(5000) + ']'.repeat(5000)],
    [
      'prototype keys',
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\n__proto__: {x: 1}\nspec:\n  constructor: {prototype: {x: 1}}\n',
    ],
  ])('completes on %s with the real rules', (_name, text) => {
    const d = deriveDocument(text)
    expect(d.documents.length).toBeGreaterThan(0)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})

describe.skipIf(!HAS_SHARED)(
  `deriveDocument on the operator samples (${HAS_SHARED ? 'reference present' : SKIP_REASON})`,
  () => {
    it('parses every sample and places every finding on a line', () => {
      for (const name of listSamples()) {
        const d = deriveDocument(readSample(name))
        expect(
          d.documents.every((doc) => !doc.hasSyntaxErrors),
          name,
        ).toBe(true)
        expect(
          d.findings.every((f) => f.range !== undefined),
          name,
        ).toBe(true)
      }
    })
  },
)
