/** Woodpecker quorum buffer pools: a list of { name, seeds[] } (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L18, operator ≥ 1.3.8). */
import { FieldFindings } from '../FieldFindings'
import { format, useMessages } from '../../i18n'
import { ListField } from '../controls/ListField'
import { TextField } from '../controls/TextField'
import { fieldId } from '../fieldId'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { useResourceValue, useSetField } from '../useFieldMeta'

const POOLS = ['spec', 'dependencies', 'woodpecker', 'quorumBufferPools'] as const

/** Adds, edits and removes pools; each pool's seeds use the list editor. */
export function BufferPoolsEditor() {
  const t = useMessages(storeSettingsMessages)
  const raw = useResourceValue(POOLS)
  const pools: unknown[] = Array.isArray(raw) ? raw : []
  const setField = useSetField()
  const add = (): void =>
    setField(POOLS, [...pools, { name: `pool-${pools.length + 1}`, seeds: [] }])
  const remove = (i: number): void => {
    const next = pools.filter((_, j) => j !== i)
    setField(POOLS, next.length === 0 ? undefined : next)
  }
  return (
    <div className="ff-field">
      <div
        id={fieldId(POOLS)}
        tabIndex={-1}
        role="group"
        aria-labelledby="ff-pools-title"
        className="ff-pools"
      >
        <span id="ff-pools-title" className="ff-label">
          {t.pools}
        </span>
        <p className="ff-help">{t.poolsHelp}</p>
        {pools.map((_, i) => (
          <div key={i} className="ff-pool">
            <TextField path={[...POOLS, i, 'name']} label={format(t.poolName, { n: i + 1 })} />
            <ListField
              path={[...POOLS, i, 'seeds']}
              label={format(t.poolSeeds, { n: i + 1 })}
              placeholder="woodpecker-0.woodpecker:18080"
            />
            <button type="button" className="ff-button" onClick={() => remove(i)}>
              {format(t.removePool, { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="ff-button" onClick={add}>
          {t.addPool}
        </button>
      </div>
      <FieldFindings path={POOLS} />
    </div>
  )
}
