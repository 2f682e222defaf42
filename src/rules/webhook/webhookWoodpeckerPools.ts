/** Webhook checks 8 to 10: the selected external Woodpecker needs named buffer pools with seeds. */
import { effectiveMsgStreamType, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { DEPS } from '../lib/mq'
import { SRC_WEBHOOK } from '../lib/sources'

const POOLS = [...DEPS, 'woodpecker', 'quorumBufferPools']

export const webhookWoodpeckerPools = defineRule({
  id: 'webhook-woodpecker-pools',
  severity: 'error',
  title: { en: 'External Woodpecker without buffer pools', ko: '버퍼 풀 없는 외부 Woodpecker' },
  explanation: {
    en: 'An external Woodpecker is reached through quorumBufferPools: each pool needs a name and at least one seed (host:18080). The operator webhook rejects the resource otherwise.',
    ko: '외부 Woodpecker는 quorumBufferPools를 통해 접속합니다. 각 풀에는 이름과 하나 이상의 시드(host:18080)가 필요하며, 없으면 오퍼레이터 웹훅이 리소스를 거부합니다.',
  },
  source: SRC_WEBHOOK,
  check(ctx, report) {
    const r = ctx.resource
    const wp = r.spec.dependencies?.woodpecker
    if (effectiveMsgStreamType(r) !== 'woodpecker' || wp?.external !== true) return
    const pools: unknown = wp.quorumBufferPools
    if (!Array.isArray(pools) || pools.length === 0) {
      report(POOLS, {
        en: 'The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools should be configured"; add a pool with a name and the seeds of your LogStore nodes.',
        ko: '오퍼레이터가 "spec.dependencies.woodpecker.quorumBufferPools should be configured" 오류로 거부합니다. 이름과 LogStore 노드 시드를 가진 풀을 추가하세요.',
      })
      return
    }
    pools.forEach((pool: unknown, i) => {
      const p = isRecord(pool) ? pool : {}
      if (typeof p.name !== 'string' || p.name === '') {
        report([...POOLS, i, 'name'], {
          en: `The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools[${i}].name should be configured"; give the pool a name.`,
          ko: `오퍼레이터가 "spec.dependencies.woodpecker.quorumBufferPools[${i}].name should be configured" 오류로 거부합니다. 풀에 이름을 지정하세요.`,
        })
      }
      if (!Array.isArray(p.seeds) || p.seeds.length === 0) {
        report([...POOLS, i, 'seeds'], {
          en: `The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds should be configured"; list at least one LogStore seed (host:18080).`,
          ko: `오퍼레이터가 "spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds should be configured" 오류로 거부합니다. LogStore 시드(host:18080)를 하나 이상 나열하세요.`,
        })
      }
    })
  },
})
