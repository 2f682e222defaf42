/**
 * A Secret in the same stream that the operator reads but that lacks the keys it reads: accesskey
 * and secretkey for external storage, username and password (non-empty) for Kafka SASL, ca.crt
 * for the storage CA.
 */
import { didYouMean } from '../../model'
import { defineRule } from '../defineRule'
import { referencedObjects, secretConsequence } from '../lib/secrets'
import { SRC_SECRETS } from '../lib/sources'

export const secretKeysMissing = defineRule({
  id: 'secret-keys-missing',
  severity: 'error',
  title: {
    en: 'Secret lacks the keys the operator reads',
    ko: '오퍼레이터가 읽는 키가 없는 Secret',
  },
  explanation: {
    en: 'The operator reads Secrets by fixed key names: accesskey and secretkey for storage.secretRef, username and password for kafka.secretRef, ca.crt for storage.ssl.caCertificateRef. Key names are case-sensitive; AWS-style names such as AWS_ACCESS_KEY_ID are not read.',
    ko: '오퍼레이터는 정해진 키 이름으로 Secret을 읽습니다: storage.secretRef는 accesskey와 secretkey, kafka.secretRef는 username과 password, storage.ssl.caCertificateRef는 ca.crt. 키 이름은 대소문자를 구분하며 AWS_ACCESS_KEY_ID 같은 이름은 읽지 않습니다.',
  },
  source: SRC_SECRETS,
  check(ctx, report) {
    for (const x of referencedObjects(ctx)) {
      const secret = x.inNamespace ?? x.secrets[0]
      if (!secret) continue
      const present = [...secret.values.keys()]
      for (const key of x.use.keys) {
        const empty = secret.values.get(key) === ''
        if (secret.values.has(key) && !(x.use.nonEmpty && empty)) continue
        const near = secret.values.has(key) ? undefined : didYouMean(key, present)
        const what = secret.values.has(key)
          ? `an empty "${key}"`
          : near
            ? `"${near}" instead of "${key}"`
            : `no "${key}" key`
        const then = secretConsequence(x.use, secret.namespace || x.namespace, key)
        report(x.use.path, {
          en: `Secret ${x.use.name} has ${what}, so ${then.en}; add ${key} to its data or stringData.`,
          ko: `Secret ${x.use.name}에 ${secret.values.has(key) ? `빈 "${key}"` : near ? `"${key}" 대신 "${near}"` : `"${key}" 키가 없`}어서 ${then.ko}. data나 stringData에 ${key}를 추가하세요.`,
        })
      }
    }
  },
})
