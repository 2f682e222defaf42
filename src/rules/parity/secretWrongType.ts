/**
 * A referenced object of the same stream that the operator cannot use: a ConfigMap where a Secret
 * is read, or a Secret the API server refuses (a `type` whose required keys are missing, `data`
 * that is not base64, values that are not strings).
 */
import { missingTypeKeys } from '../../model'
import { defineRule } from '../defineRule'
import { SRC_SECRETS } from '../lib/sources'
import { referencedObjects } from '../lib/secrets'

export const secretWrongType = defineRule({
  id: 'secret-wrong-type',
  severity: 'error',
  title: {
    en: 'Referenced Secret of the wrong kind or type',
    ko: '종류나 type이 잘못된 참조 Secret',
  },
  explanation: {
    en: 'The operator reads credentials and CAs only from Secrets. The API server refuses a Secret whose type requires keys it does not have (kubernetes.io/tls needs tls.crt and tls.key), whose data values are not base64, or whose values are not strings. Use type Opaque (or leave type out) and put plain text under stringData.',
    ko: '오퍼레이터는 자격 증명과 CA를 Secret에서만 읽습니다. API 서버는 type이 요구하는 키가 없는 Secret(kubernetes.io/tls는 tls.crt와 tls.key 필요), data 값이 base64가 아닌 Secret, 값이 문자열이 아닌 Secret을 거부합니다. type은 Opaque로 하거나 생략하고 평문은 stringData에 넣으세요.',
  },
  source: SRC_SECRETS,
  check(ctx, report) {
    for (const x of referencedObjects(ctx)) {
      const path = x.use.path
      if (x.secrets.length === 0) {
        report(
          path,
          {
            en: `${x.use.name} is a ConfigMap in this file, but the operator reads only a Secret of that name and will not find it${x.use.consequence === 'condition' ? ' (its storage check then reports "SSL CA certificate secret not exist")' : ''}; create it as a Secret with the key ${x.use.keys.join(' and ')}.`,
            ko: `${x.use.name}은(는) 이 파일에서 ConfigMap이지만 오퍼레이터는 그 이름의 Secret만 읽으므로 찾지 못합니다. ${x.use.keys.join(', ')} 키를 가진 Secret으로 만드세요.`,
          },
          x.use.consequence === 'condition' ? { severity: 'warning' } : {},
        )
        continue
      }
      for (const s of x.secrets) {
        const missing = missingTypeKeys(s)
        if (missing.length > 0) {
          report(path, {
            en: `Secret ${s.name} has type ${s.type}, which requires ${missing.join(' and ')}, so the API server refuses it; use type Opaque.`,
            ko: `Secret ${s.name}의 type ${s.type}은(는) ${missing.join(', ')}이(가) 필요해 API 서버가 거부합니다. type Opaque를 쓰세요.`,
          })
        }
        if (s.notBase64.length > 0) {
          report(path, {
            en: `Secret ${s.name} has data.${s.notBase64.join(', data.')} that is not base64, so the API server refuses it; move plain text to stringData.`,
            ko: `Secret ${s.name}의 data.${s.notBase64.join(', data.')} 값이 base64가 아니어서 API 서버가 거부합니다. 평문은 stringData로 옮기세요.`,
          })
        }
        if (s.notStrings.length > 0) {
          report(path, {
            en: `Secret ${s.name} has ${s.notStrings.join(', ')} as a number or boolean, but Secret values must be strings, so the API server refuses it; quote the value.`,
            ko: `Secret ${s.name}의 ${s.notStrings.join(', ')} 값이 숫자나 불리언이지만 Secret 값은 문자열이어야 해 API 서버가 거부합니다. 값을 따옴표로 감싸세요.`,
          })
        }
      }
    }
  },
})
