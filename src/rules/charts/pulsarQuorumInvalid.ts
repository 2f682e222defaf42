/**
 * Pulsar writes each ledger entry to `ensemble` bookies, waits for `ack` of `write` copies; it
 * needs ensemble <= bookies and ensemble >= write >= ack, or the broker cannot open ledgers.
 */
import { effectiveMsgStreamType, type SpecPath, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { PULSAR_BOOKIES_DEFAULT, PULSAR_V3_QUORUM_DEFAULT } from '../lib/chartDefaults'
import { DEPS, toInt } from '../lib/mq'
import { SRC_CHARTS } from '../lib/sources'

const VALUES: SpecPath = [...DEPS, 'pulsar', 'inCluster', 'values']
const KEYS = {
  ensemble: 'managedLedgerDefaultEnsembleSize',
  write: 'managedLedgerDefaultWriteQuorum',
  ack: 'managedLedgerDefaultAckQuorum',
} as const
type Part = keyof typeof KEYS

export const pulsarQuorumInvalid = defineRule({
  id: 'pulsar-quorum-invalid',
  severity: 'error',
  title: { en: 'Pulsar quorum cannot be met', ko: '충족할 수 없는 Pulsar 쿼럼' },
  explanation: {
    en: 'Pulsar stores each ledger on managedLedgerDefaultEnsembleSize bookies, writes managedLedgerDefaultWriteQuorum copies and waits for managedLedgerDefaultAckQuorum acknowledgements. The ensemble cannot exceed the number of bookies, and ensemble >= write quorum >= ack quorum must hold; otherwise topics cannot be created and Milvus never gets its channels. The chart defaults are 3 bookies and 2/2/2.',
    ko: 'Pulsar는 각 레저를 managedLedgerDefaultEnsembleSize개의 북키에 저장하고, managedLedgerDefaultWriteQuorum개의 사본을 쓰며, managedLedgerDefaultAckQuorum개의 확인을 기다립니다. 앙상블은 북키 수를 넘을 수 없고 앙상블 >= 쓰기 쿼럼 >= 확인 쿼럼이어야 하며, 그렇지 않으면 토픽을 만들 수 없어 Milvus가 채널을 얻지 못합니다. 차트 기본값은 북키 3개와 2/2/2입니다.',
  },
  source: SRC_CHARTS,
  check(ctx, report) {
    const r = ctx.resource
    const pulsar = r.spec.dependencies?.pulsar
    if (effectiveMsgStreamType(r) !== 'pulsar' || pulsar?.external === true) return
    const values = isRecord(pulsar?.inCluster?.values) ? pulsar.inCluster.values : {}
    const v2 = pulsar?.inCluster?.chartVersion === 'pulsar-v2'
    const configData =
      isRecord(values.broker) && isRecord(values.broker.configData) ? values.broker.configData : {}
    const written = (part: Part): number | undefined => toInt(configData[KEYS[part]])
    const value = (part: Part): number | undefined =>
      written(part) ?? (v2 ? undefined : PULSAR_V3_QUORUM_DEFAULT[part])
    const bookies =
      toInt(isRecord(values.bookkeeper) ? values.bookkeeper.replicaCount : undefined) ??
      PULSAR_BOOKIES_DEFAULT
    const pathOf = (part: Part): SpecPath => [...VALUES, 'broker', 'configData', KEYS[part]]
    const e = value('ensemble')
    if (e !== undefined && e > bookies) {
      report(
        pathOf('ensemble'),
        {
          en: `The ensemble size ${e} is larger than the ${bookies} bookies, so Pulsar cannot create ledgers; lower ${KEYS.ensemble} to ${bookies} or add bookies.`,
          ko: `앙상블 크기 ${e}이(가) 북키 ${bookies}개보다 커서 Pulsar가 레저를 만들 수 없습니다. ${KEYS.ensemble}를 ${bookies} 이하로 낮추거나 북키를 늘리세요.`,
        },
        {
          fix: {
            title: {
              en: `Fit the quorum to ${bookies} bookies`,
              ko: `쿼럼을 북키 ${bookies}개에 맞추기`,
            },
            patches: (Object.keys(KEYS) as Part[])
              .filter((part) => (value(part) ?? 0) > bookies)
              .map((part) => ({ op: 'set' as const, path: pathOf(part), value: String(bookies) })),
          },
        },
      )
    }
    const pairs: readonly (readonly [Part, Part])[] = [
      ['ensemble', 'write'],
      ['write', 'ack'],
    ]
    for (const [big, small] of pairs) {
      const b = value(big)
      const s = value(small)
      if (b === undefined || s === undefined || s <= b) continue
      report(
        pathOf(small),
        {
          en: `${KEYS[small]} (${s}) is larger than ${KEYS[big]} (${b}); Pulsar needs ensemble >= write quorum >= ack quorum, so set it to ${b} or less.`,
          ko: `${KEYS[small]}(${s})가 ${KEYS[big]}(${b})보다 큽니다. Pulsar는 앙상블 >= 쓰기 쿼럼 >= 확인 쿼럼이어야 하므로 ${b} 이하로 설정하세요.`,
        },
        { fix: setFix({ en: `Set it to ${b}`, ko: `${b}(으)로 설정` }, pathOf(small), String(b)) },
      )
    }
  },
})
