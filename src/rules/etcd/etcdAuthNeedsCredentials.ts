/**
 * Milvus-side etcd authentication (`spec.config.etcd.auth`): with `enabled: true` Milvus logs in
 * with `userName` and `password`, and the operator's etcd health check reads the same keys
 * (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88). Without both, neither can connect to an etcd that requires auth.
 */
import { defineRule } from '../defineRule'
import { configPath, isFilled, isOn, readConfig } from '../lib/read'
import { SRC_CONFIGMAP_FORCED } from '../lib/sources'

export const etcdAuthNeedsCredentials = defineRule({
  id: 'etcd-auth-needs-credentials',
  severity: 'error',
  title: { en: 'etcd auth without credentials', ko: '자격 증명이 없는 etcd 인증' },
  explanation: {
    en: 'spec.config.etcd.auth.enabled: true makes Milvus (and the operator health check) log in to etcd with etcd.auth.userName and etcd.auth.password. If either is missing, the login fails and Milvus cannot reach its metadata.',
    ko: 'spec.config.etcd.auth.enabled: true이면 Milvus(와 오퍼레이터 상태 검사)가 etcd.auth.userName과 etcd.auth.password로 etcd에 로그인합니다. 둘 중 하나라도 없으면 로그인이 실패해 Milvus가 메타데이터에 접근하지 못합니다.',
  },
  source: SRC_CONFIGMAP_FORCED,
  check(ctx, report) {
    const r = ctx.resource
    if (!isOn(readConfig(r, 'etcd', 'auth', 'enabled'))) return
    const missing = (['userName', 'password'] as const).filter(
      (key) => !isFilled(readConfig(r, 'etcd', 'auth', key)),
    )
    if (missing.length === 0) return
    const list = missing.join(', ')
    report(configPath('etcd', 'auth', 'enabled'), {
      en: `etcd auth is enabled but ${list} ${missing.length > 1 ? 'are' : 'is'} empty; set spec.config.etcd.auth.${missing[0]} (the etcd user Milvus logs in as) or turn auth off.`,
      ko: `etcd 인증이 켜져 있지만 ${list} 값이 비어 있습니다. spec.config.etcd.auth.${missing[0]}(Milvus가 로그인할 etcd 사용자 정보)를 설정하거나 인증을 끄세요.`,
    })
  },
})
