/**
 * spec.config is rendered into the `<name>` ConfigMap (operator pkg/controllers/configmaps.go at
 * v1.3.8), which anyone who can read the namespace can read, and it stays in every copy of the
 * manifest. Object-storage keys can come from `dependencies.storage.secretRef` (keys accesskey and
 * secretkey); any other setting can come from an environment variable that Milvus maps onto the
 * key (upper case, dots as underscores, e.g. ETCD_AUTH_PASSWORD), set from a Secret through
 * `spec.components.env` with `valueFrom.secretKeyRef`.
 */
import type { LocalizedText } from '../../model'
import { defineRule } from '../defineRule'
import { configKeys } from '../lib/configKeys'
import { visitKeys } from '../lib/walkKeys'

const SECRET_KEY =
  /(password|passwd|secret|token|apikey|api_key|credential_json|privatekey|private_key|secretaccesskey|secret_access_key)$/i
/** Covered by kafka-sasl-password-literal, which names kafka.secretRef. */
const ELSEWHERE = ['kafka.saslPassword']
const STORAGE_KEYS: Readonly<Record<string, string>> = { 'minio.secretAccessKey': 'secretkey' }

function advice(name: string): LocalizedText {
  const secretKey = STORAGE_KEYS[name]
  if (secretKey !== undefined) {
    return {
      en: `${name} is written in plain text; put it in a Secret under the key ${secretKey} and name that Secret in spec.dependencies.storage.secretRef, which the operator reads instead.`,
      ko: `${name}이(가) 평문으로 적혀 있습니다. Secret의 ${secretKey} 키에 넣고 그 Secret을 spec.dependencies.storage.secretRef에 지정하면 오퍼레이터가 그것을 읽습니다.`,
    }
  }
  const env = name.toUpperCase().replace(/\./g, '_')
  return {
    en: `${name} is written in plain text and ends up in a ConfigMap; remove it here and set the environment variable ${env} from a Secret in spec.components.env (valueFrom.secretKeyRef), which Milvus reads for this key.`,
    ko: `${name}이(가) 평문으로 적혀 있어 ConfigMap에 그대로 남습니다. 여기서 지우고 spec.components.env에서 Secret(valueFrom.secretKeyRef)으로 환경 변수 ${env}를 설정하면 Milvus가 이 키로 읽습니다.`,
  }
}

export const configLiteralSecret = defineRule({
  id: 'config-literal-secret',
  severity: 'warning',
  title: { en: 'Secret written in spec.config', ko: 'spec.config에 적힌 비밀 값' },
  explanation: {
    en: 'The operator renders spec.config into a ConfigMap that anyone who can read the namespace can read, and the value stays in every copy of this manifest. Object-storage keys belong in the Secret named by spec.dependencies.storage.secretRef; other secrets can reach Milvus as environment variables set from a Secret.',
    ko: '오퍼레이터는 spec.config를 네임스페이스를 읽을 수 있는 누구나 볼 수 있는 ConfigMap으로 만들고, 값은 이 매니페스트의 모든 사본에도 남습니다. 오브젝트 스토리지 키는 spec.dependencies.storage.secretRef가 가리키는 Secret에 두고, 다른 비밀 값은 Secret에서 설정한 환경 변수로 Milvus에 전달할 수 있습니다.',
  },
  source: 'https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go',
  check(ctx, report) {
    const keys = configKeys(ctx)
    if (!keys) return
    visitKeys(keys.nodes, (node) => {
      const { key, value, path } = node
      if (typeof value !== 'string' || value.trim() === '' || !SECRET_KEY.test(key)) return true
      const name = node.rel.join('.')
      if (!ELSEWHERE.includes(name)) report(path, advice(name))
      return true
    })
  },
})
