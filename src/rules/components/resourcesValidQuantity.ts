/**
 * Resource limits and requests are Kubernetes quantities (`500m`, `2`, `4Gi`, `1e3`). Anything else
 * (`10GB`, `2 cores`) is rejected by the API server when the operator creates the Deployment, so the
 * component never starts. A memory value in milli-units (`512m`) is valid but almost never meant.
 */
import { isKubernetesQuantity, type SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { suggestQuantity } from '../lib/quantity'
import { resourceBlocks } from '../lib/resources'
import { SRC_K8S_QUANTITY } from '../lib/sources'
import type { Report } from '../types'

function checkValue(path: SpecPath, resource: string, value: unknown, report: Report): void {
  if (typeof value === 'number') return
  if (typeof value !== 'string') return
  if (isKubernetesQuantity(value)) {
    const milli = /^(\d+(?:\.\d+)?)m$/.exec(value.trim())
    if (resource === 'memory' && milli) {
      const meant = `${milli[1]}Mi`
      report(
        path,
        {
          en: `memory ${value} means ${value.replace('m', '')} thousandths of a byte; write ${meant} for mebibytes.`,
          ko: `memory ${value}은(는) 1바이트의 천분의 ${value.replace('m', '')}을 뜻하므로, 메비바이트라면 ${meant}로 쓰세요.`,
        },
        {
          severity: 'warning',
          fix: setFix({ en: `Use ${meant}`, ko: `${meant} 사용` }, path, meant),
        },
      )
    }
    return
  }
  const suggestion = suggestQuantity(
    value,
    resource === 'memory' || resource.endsWith('storage') ? 'bytes' : 'count',
  )
  report(
    path,
    {
      en: `${resource} "${value}" is not a Kubernetes quantity, so the Deployment is rejected; write it like ${suggestion ?? (resource === 'cpu' ? '500m or 2' : '512Mi or 4Gi')}.`,
      ko: `${resource} "${value}"은(는) Kubernetes 수량 형식이 아니어서 Deployment가 거부됩니다. ${suggestion ?? (resource === 'cpu' ? '500m 또는 2' : '512Mi 또는 4Gi')}처럼 쓰세요.`,
    },
    suggestion === undefined
      ? {}
      : { fix: setFix({ en: `Use ${suggestion}`, ko: `${suggestion} 사용` }, path, suggestion) },
  )
}

export const resourcesValidQuantity = defineRule({
  id: 'resources-valid-quantity',
  severity: 'error',
  title: { en: 'Invalid resource quantity', ko: '잘못된 리소스 수량' },
  explanation: {
    en: 'Kubernetes writes CPU as cores or millicores (2, 500m) and memory as bytes with a suffix (512Mi, 4Gi, or 4G for powers of ten). Units such as GB or cores are not understood, and the Deployment the operator creates is rejected.',
    ko: 'Kubernetes는 CPU를 코어나 밀리코어(2, 500m)로, 메모리를 접미사가 붙은 바이트(512Mi, 4Gi, 10의 거듭제곱이면 4G)로 씁니다. GB나 cores 같은 단위는 인식되지 않아 오퍼레이터가 만드는 Deployment가 거부됩니다.',
  },
  source: SRC_K8S_QUANTITY,
  check(ctx, report) {
    for (const b of resourceBlocks(ctx.resource)) {
      for (const kind of ['limits', 'requests'] as const) {
        for (const [resource, value] of Object.entries(b[kind] ?? {})) {
          checkValue([...b.path, kind, resource], resource, value, report)
        }
      }
    }
  },
})
