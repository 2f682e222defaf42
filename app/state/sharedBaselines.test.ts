// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { encodeShareLink } from '../../src/share'
import { addWithoutOverwriting, MAX_BASELINES } from './baselineLibrary'
import { markBaseline, startBaselines, useBaselineLibrary } from './baselineStore'
import { usePersistence, initialPersistenceState } from './persistenceStore'
import { openSharedLink } from './shareOpen'
import {
  acceptSharedBaselines,
  dismissSharedBaselines,
  useSharedBaselines,
} from './sharedBaselines'
import { MemoryStorage } from '../test/memoryStorage'
import { getInitialState, useStudioStore } from './store'

const ROCKS =
  'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: prod\nspec:\n  components:\n    image: milvusdb/milvus:v2.5.16\n  dependencies:\n    msgStreamType: rocksmq\n'
const NATS = ROCKS.replace('rocksmq', 'natsmq')

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  usePersistence.setState(initialPersistenceState(), true)
  dismissSharedBaselines()
  startBaselines(new MemoryStorage())
})

describe('addWithoutOverwriting', () => {
  const mine = [{ name: 'prod', source: ROCKS, savedAt: 1 }]

  it('keeps a taken name for the user, renaming the shared one; the same text is not added twice', () => {
    const r = addWithoutOverwriting(
      [...mine, { name: 'prod (shared)', source: 'x', savedAt: 2 }],
      [
        { name: 'prod', source: NATS },
        { name: 'dev', source: NATS },
        { name: 'prod', source: ROCKS },
      ],
      9,
    )
    expect(r.added).toEqual([
      { name: 'prod', as: 'prod (shared 2)' },
      { name: 'dev', as: 'dev' },
      { name: 'prod', as: 'prod' },
    ])
    expect(r.items.map((b) => [b.name, b.source === ROCKS])).toEqual([
      ['prod', true],
      ['prod (shared)', false],
      ['prod (shared 2)', false],
      ['dev', false],
    ])
    expect(r.skipped).toEqual([])
  })

  it('skips what does not fit instead of dropping the user’s own baselines', () => {
    const full = Array.from({ length: MAX_BASELINES }, (_, i) => ({
      name: `b${i}`,
      source: ROCKS,
      savedAt: i,
    }))
    const r = addWithoutOverwriting(full, [{ name: 'new', source: NATS }], 99)
    expect(r.items).toEqual(full)
    expect(r.skipped).toEqual(['new'])
  })
})

describe('opening a link with baselines', () => {
  it('offers them, adds them on request without overwriting, and compares against the sender’s', async () => {
    markBaseline('prod', NATS, 1)
    const { fragment } = await encodeShareLink(NATS, {
      includeSecrets: false,
      baselines: { items: [{ name: 'prod', source: ROCKS }], active: 'prod' },
    })
    await openSharedLink(fragment, () => {})
    expect(useStudioStore.getState().source).toBe(NATS)
    // Nothing changes until the user says so.
    expect(useBaselineLibrary.getState().items.map((b) => b.name)).toEqual(['prod'])
    expect(useSharedBaselines.getState().offer?.items.map((b) => b.name)).toEqual(['prod'])

    acceptSharedBaselines(5)
    expect(useBaselineLibrary.getState().items.map((b) => [b.name, b.source])).toEqual([
      ['prod', NATS],
      ['prod (shared)', ROCKS],
    ])
    expect(useSharedBaselines.getState().result?.active).toBe('prod (shared)')
    expect(useStudioStore.getState().baseline?.label).toBe('prod (shared)')
    expect(useStudioStore.getState().derived.findings.map((f) => f.rule)).toContain(
      'store-change-on-running-instance',
    )
  })

  it('opens the config and reports a damaged baselines field', async () => {
    const { fragment } = await encodeShareLink(NATS, {
      includeSecrets: false,
      baselines: { items: [{ name: 'prod', source: ROCKS }], active: null },
    })
    await openSharedLink(fragment.slice(0, -3), () => {})
    expect(usePersistence.getState().link.status).toBe('open')
    expect(useStudioStore.getState().source).toBe(NATS)
    expect(useSharedBaselines.getState().offer).toBeNull()
    expect(useSharedBaselines.getState().error?.en).toContain('cut off')
  })

  it('offers nothing for a link without baselines', async () => {
    const { fragment } = await encodeShareLink(NATS, { includeSecrets: false })
    await openSharedLink(fragment, () => {})
    expect(useSharedBaselines.getState()).toMatchObject({ offer: null, error: null })
  })
})
