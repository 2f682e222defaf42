/** What the operator does when a Secret it reads is missing or lacks a key, in its own words. */
import type { LocalizedText, SecretUse } from '../../model'

export function secretConsequence(use: SecretUse, namespace: string, key: string): LocalizedText {
  const ns = namespace === '' ? '<namespace>' : namespace
  switch (use.consequence) {
    case 'pods-fail':
      return {
        en: `the Milvus pods take ${key} from it as environment variables and stay in CreateContainerConfigError, and the operator reports the storage not ready (SecretNotExist)`,
        ko: `Milvus 파드가 ${key}를 환경 변수로 읽으므로 CreateContainerConfigError 상태에 머물고, 오퍼레이터는 스토리지를 준비되지 않음(SecretNotExist)으로 보고합니다`,
      }
    case 'requeue':
      return {
        en: `the operator stops with "kafka sasl secret[${ns}/${use.name}] has no [${key}] key" and retries without configuring Milvus`,
        ko: `오퍼레이터가 "kafka sasl secret[${ns}/${use.name}] has no [${key}] key" 오류로 멈추고 Milvus를 구성하지 않은 채 재시도합니다`,
      }
    case 'condition':
      return {
        en: `the operator's storage check fails with "CA certificate not found in secret, expected key: ${key}"`,
        ko: `오퍼레이터의 스토리지 점검이 "CA certificate not found in secret, expected key: ${key}"로 실패합니다`,
      }
  }
}
