/**
 * Deployment group names: required, a DNS-1123 label, unique within the component, and short
 * enough for the Deployment the operator generates (`<name>-milvus-<component>-<group>`, at most
 * 253 characters). Mirrors the webhook's group checks (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L198).
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import {
  deploymentName,
  groupEntries,
  isDns1123Label,
  toDns1123Label,
  type GroupEntry,
} from '../lib/groups'
import type { Report } from '../types'
import { SRC_GROUPS_WEBHOOK } from '../lib/sources'
import type { MilvusResource } from '../../model'

const MAX_NAME = 253

function checkOne(r: MilvusResource, entry: GroupEntry, seen: Set<string>, report: Report): void {
  const name: unknown = entry.group.name
  const path = [...entry.path, 'name']
  if (typeof name !== 'string' || name === '') {
    report(path, {
      en: `deployment group name is required: give ${entry.component} group ${entry.index + 1} a short lower-case name such as zone-a.`,
      ko: `deployment group name is required: ${entry.component}의 ${entry.index + 1}번째 그룹에 zone-a 같은 짧은 소문자 이름을 지정하세요.`,
    })
    return
  }
  if (!isDns1123Label(name)) {
    const suggestion = toDns1123Label(name)
    report(
      path,
      {
        en: `Group name "${name}" is not a valid DNS-1123 label; use lower-case letters, digits and '-' (starting and ending with a letter or digit, at most 63 characters), e.g. "${suggestion}".`,
        ko: `그룹 이름 "${name}"은(는) 올바른 DNS-1123 레이블이 아닙니다. 소문자, 숫자, '-'만 쓰고(영숫자로 시작하고 끝나며 63자 이하) 예를 들어 "${suggestion}"처럼 바꾸세요.`,
      },
      {
        fix: setFix(
          { en: `Rename to ${suggestion}`, ko: `${suggestion}(으)로 이름 변경` },
          path,
          suggestion,
        ),
      },
    )
  } else if (deploymentName(r, entry.component, name).length > MAX_NAME) {
    report(path, {
      en: `generated Deployment name must not exceed 253 characters: shorten group "${name}" or the resource name.`,
      ko: `generated Deployment name must not exceed 253 characters: 그룹 이름 "${name}"이나 리소스 이름을 줄이세요.`,
    })
  }
  if (seen.has(name)) {
    report(path, {
      en: `Duplicate value: "${name}" is already a ${entry.component} group; give each group of a component its own name.`,
      ko: `Duplicate value: "${name}"은(는) 이미 ${entry.component}의 그룹 이름이므로, 컴포넌트 안의 그룹마다 다른 이름을 지정하세요.`,
    })
  }
  seen.add(name)
}

export const deploymentGroupName = defineRule({
  id: 'deployment-group-name',
  severity: 'error',
  title: { en: 'Invalid deployment group name', ko: '잘못된 배포 그룹 이름' },
  explanation: {
    en: 'Each deployment group becomes its own Deployment named <resource>-milvus-<component>-<group>, so the webhook requires a name that is a valid Kubernetes label (lower-case letters, digits and dashes), unique within the component, and short enough for the generated Deployment name.',
    ko: '배포 그룹마다 <resource>-milvus-<component>-<group> 이름의 Deployment가 따로 만들어지므로, 웹훅은 그룹 이름이 올바른 Kubernetes 레이블(소문자, 숫자, 대시)이고 컴포넌트 안에서 유일하며 생성될 Deployment 이름이 너무 길지 않기를 요구합니다.',
  },
  source: SRC_GROUPS_WEBHOOK,
  check(ctx, report) {
    const seen = new Map<string, Set<string>>()
    for (const entry of groupEntries(ctx.resource)) {
      const names = seen.get(entry.component) ?? new Set<string>()
      seen.set(entry.component, names)
      checkOne(ctx.resource, entry, names, report)
    }
  },
})
