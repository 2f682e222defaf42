/**
 * Pulsar's `<component>.configData` is written as the `data` of a ConfigMap
 * (apache/pulsar-helm-chart templates/*-configmap.yaml: `toYaml .Values.<c>.configData`), and a
 * ConfigMap's data holds strings only. An unquoted number or boolean makes the API server reject
 * the ConfigMap, so the Helm release the operator installs fails.
 */
import { defineRule } from '../defineRule'
import { checkEachChartValues } from '../lib/chartValues'
import { visitKeys } from '../lib/walkKeys'
import { setFix } from '../lib/fix'
import { isRecord } from '../../model'

const ID = 'chart-config-data-strings'

export const chartConfigDataStrings = defineRule({
  id: ID,
  severity: 'error',
  title: { en: 'configData values must be strings', ko: 'configData 값은 문자열이어야 함' },
  explanation: {
    en: "The Pulsar chart copies each component's configData into a ConfigMap, whose values must be strings. An unquoted number or boolean (maxMessageSize: 10485760, brokerDeleteInactiveTopicsEnabled: false) makes Kubernetes reject the ConfigMap and the Pulsar release fails to install. Quote the value, as milvus-helm does.",
    ko: 'Pulsar 차트는 각 컴포넌트의 configData를 ConfigMap으로 복사하며, ConfigMap 값은 문자열이어야 합니다. 따옴표 없는 숫자나 불리언(maxMessageSize: 10485760, brokerDeleteInactiveTopicsEnabled: false)이 있으면 Kubernetes가 ConfigMap을 거부하여 Pulsar 릴리스 설치가 실패합니다. milvus-helm처럼 값을 따옴표로 감싸세요.',
  },
  source:
    'apache/pulsar-helm-chart charts/pulsar/templates/broker-configmap.yaml (pulsar-2.7.8, pulsar-3.3.0): data from .Values.broker.configData',
  check(ctx, report) {
    checkEachChartValues(ctx, ID, report, ({ keys }, report) => {
      visitKeys(keys.nodes, ({ key, value, path: here }, i) => {
        const res = keys.resolve(i)
        if (res.kind !== 'known') return false
        if (key !== 'configData' || res.entry.type !== 'm') return res.entry.type === 'o'
        if (!isRecord(value)) return false
        for (const [name, v] of Object.entries(value)) {
          if (typeof v !== 'number' && typeof v !== 'boolean') continue
          const text = String(v)
          report(
            [...here, name],
            {
              en: `configData.${name} is ${typeof v === 'number' ? 'a number' : 'a boolean'}; ConfigMap data must be strings, so write "${text}" in quotes.`,
              ko: `configData.${name}이(가) ${typeof v === 'number' ? '숫자' : '불리언'}입니다. ConfigMap 데이터는 문자열이어야 하므로 "${text}"처럼 따옴표로 감싸세요.`,
            },
            {
              fix: setFix(
                { en: `Quote "${text}"`, ko: `"${text}"로 따옴표 처리` },
                [...here, name],
                text,
              ),
            },
          )
        }
        return false
      })
    })
  },
})
