/**
 * Env var names (`env[].name`) the API server refuses in the Deployment the operator builds:
 * empty names, '=' and non-printable characters everywhere, and names that are not C-identifier
 * like ([-._a-zA-Z][-._a-zA-Z0-9]*) on clusters before Kubernetes 1.32, where the relaxed check
 * (RelaxedEnvironmentVariableValidation) is not yet on by default.
 */
import { defineRule } from '../defineRule'
import { envNameProblem } from '../lib/kubeNames'
import { podListItems } from '../lib/podLevels'
import { SRC_K8S_NAMES } from '../lib/sources'

export const envNameInvalid = defineRule({
  id: 'env-name-invalid',
  severity: 'error',
  title: { en: 'Invalid environment variable name', ko: '잘못된 환경 변수 이름' },
  explanation: {
    en: 'Kubernetes refuses a container whose env entry has no name, or a name with "=" or a non-printable character. Before Kubernetes 1.32 names must also start with a letter, "_", "-" or "." and hold only letters, digits, "_", "-" and ".". The Milvus CRD does not check names, so the component simply never starts.',
    ko: 'Kubernetes는 이름이 없거나 "=" 또는 출력할 수 없는 문자가 든 env 항목이 있는 컨테이너를 거부합니다. Kubernetes 1.32 이전에는 이름이 영문자, "_", "-", "."로 시작하고 영문자, 숫자, "_", "-", "."만 써야 합니다. Milvus CRD는 이름을 검사하지 않으므로 컴포넌트가 그냥 시작되지 않습니다.',
  },
  source: SRC_K8S_NAMES,
  check(ctx, report) {
    for (const { item, path } of podListItems(ctx.resource, 'env')) {
      const name = typeof item.name === 'string' ? item.name : ''
      const problem = envNameProblem(name)
      if (!problem) continue
      const at = [...path, 'name']
      if (problem === 'invalid') {
        report(at, {
          en: `Environment variable name "${name}" is refused by Kubernetes: use a non-empty name without "=" (for example MY_SETTING).`,
          ko: `환경 변수 이름 "${name}"은(는) Kubernetes가 거부합니다. "="가 없는 비어 있지 않은 이름(예: MY_SETTING)을 쓰세요.`,
        })
      } else {
        report(
          at,
          {
            en: `Environment variable name "${name}" is refused by Kubernetes before 1.32: start with a letter or "_" and use only letters, digits, "_", "-" and ".".`,
            ko: `환경 변수 이름 "${name}"은(는) Kubernetes 1.32 이전에서 거부됩니다. 영문자나 "_"로 시작하고 영문자, 숫자, "_", "-", "."만 쓰세요.`,
          },
          { severity: 'warning' },
        )
      }
    }
  },
})
