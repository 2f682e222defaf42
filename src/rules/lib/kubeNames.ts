/**
 * Kubernetes name syntax as the API server checks it (k8s.io/apimachinery
 * pkg/util/validation/validation.go: IsQualifiedName, IsValidLabelValue, IsDNS1123Subdomain;
 * k8s.io/kubernetes pkg/apis/core/validation for env var names). Pure string checks; each returns
 * why a value fails, or undefined when it passes.
 */

/** Why a name fails a check, for the rule's message. */
export type NameProblem = 'empty' | 'too-long' | 'characters' | 'prefix'

const QUALIFIED = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const STRICT_ENV = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/
// Printable ASCII without '=' (RelaxedEnvironmentVariableValidation, on by default since 1.32).
const RELAXED_ENV = /^[\x20-\x3c\x3e-\x7e]+$/

/** IsDNS1123Subdomain: lower-case alphanumerics, '-' and '.', at most 253 characters. */
export function dnsSubdomainProblem(value: string): NameProblem | undefined {
  if (value === '') return 'empty'
  if (value.length > 253) return 'too-long'
  return SUBDOMAIN.test(value) ? undefined : 'characters'
}

/** IsQualifiedName (label and annotation keys): `[prefix/]name`, name at most 63 characters. */
export function qualifiedNameProblem(key: string): NameProblem | undefined {
  const parts = key.split('/')
  if (parts.length > 2) return 'characters'
  const name = parts.length === 2 ? (parts[1] ?? '') : key
  if (parts.length === 2 && dnsSubdomainProblem(parts[0] ?? '') !== undefined) return 'prefix'
  if (name === '') return 'empty'
  if (name.length > 63) return 'too-long'
  return QUALIFIED.test(name) ? undefined : 'characters'
}

/** IsValidLabelValue: empty, or at most 63 characters of the qualified-name alphabet. */
export function labelValueProblem(value: string): NameProblem | undefined {
  if (value === '') return undefined
  if (value.length > 63) return 'too-long'
  return QUALIFIED.test(value) ? undefined : 'characters'
}

/**
 * Env var names: 'strict' fails only clusters before Kubernetes 1.32 (a C-identifier-like name
 * with '-' and '.'), 'invalid' fails every cluster (empty, '=' or a non-printable character).
 */
export function envNameProblem(name: string): 'invalid' | 'strict' | undefined {
  if (!RELAXED_ENV.test(name)) return 'invalid'
  return STRICT_ENV.test(name) ? undefined : 'strict'
}

/** The reason in words, both languages. */
export const NAME_PROBLEM_TEXT: Record<NameProblem, { en: string; ko: string }> = {
  empty: { en: 'it is empty', ko: '비어 있습니다' },
  'too-long': { en: 'it is longer than allowed', ko: '허용 길이를 넘습니다' },
  characters: {
    en: 'it may only hold letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    ko: '영문자, 숫자, "-", "_", "."만 쓸 수 있고 영문자나 숫자로 시작하고 끝나야 합니다',
  },
  prefix: {
    en: 'the part before "/" must be a DNS subdomain (lower-case, such as example.com)',
    ko: '"/" 앞부분은 DNS 하위 도메인(example.com 같은 소문자)이어야 합니다',
  },
}
