/**
 * Which keys hold secrets. Key names are split into lower-case words (camelCase, snake_case,
 * kebab-case) and judged on those words, so `saslPassword`, `secretAccessKey`, `accessKeyID` and
 * `authParams` are secret while `secretRef`, `topologyKey` and `passwordFile` (names and paths) are not.
 */

const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'username',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'authparams',
])
/** Words that, at the end of a key, mean the value names, locates or tunes a secret rather than holding it. */
const REFERENCE_SUFFIXES = new Set([
  'ref',
  'refs',
  'name',
  'names',
  'file',
  'path',
  'dir',
  'enabled',
  'enable',
  'type',
  'plugin',
  'mechanism',
  'mechanisms',
  'protocol',
  'mode',
  'policy',
  'ttl',
  'timeout',
  'interval',
  'size',
  'length',
  'count',
])
/** `<word>Key` keys that are ordinary settings, not key material. */
const PLAIN_KEY_PREFIXES = new Set([
  'topology',
  'partition',
  'routing',
  'primary',
  'sort',
  'hash',
  'label',
  'node',
  'match',
  'field',
  'metric',
  'shard',
  'clustering',
  'cache',
  'dedup',
  'group',
  'lookup',
  'index',
  'foreign',
  'unique',
  'object',
  'tag',
  'annotation',
  'selector',
  'config',
  'map',
  'tls',
  'ssl',
  'client',
])
/** Key prefixes whose `<prefix>Key<Suffix>` form is still key material (accessKeyID). */
const KEY_MATERIAL_PREFIXES = new Set([
  'access',
  'secret',
  'api',
  'private',
  'account',
  'encryption',
  'master',
])

/** Splits `saslPassword` / `SASL_PASSWORD` / `access-key-id` into lower-case words. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
}

/** True when the value under this mapping key should be treated as a secret. */
export function isSecretKey(key: string): boolean {
  const words = keyWords(key)
  const last = words[words.length - 1]
  if (last === undefined) return false
  const joined = words.join('')
  if (joined === 'existingsecret') return false
  if (joined === 'connectionstring' || words.includes('username') || joined.endsWith('username'))
    return true
  if (REFERENCE_SUFFIXES.has(last)) return false
  if (hasKeyMaterial(words)) return true
  if (last === 'id' || last === 'ids' || last === 'key' || last === 'keys') return false
  return SECRET_WORDS.has(joined) || words.some((w) => SECRET_WORDS.has(w))
}

function hasKeyMaterial(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (w !== 'key' || i === 0) return false
    const before = words[i - 1] ?? ''
    if (KEY_MATERIAL_PREFIXES.has(before)) return true
    return i === words.length - 1 && !PLAIN_KEY_PREFIXES.has(before)
  })
}

const SECRET_ENV =
  /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|CONNECTION_?STRING|USERNAME|(ACCESS|API|PRIVATE|ACCOUNT)_?KEY|_KEY$/i

/** True for environment variable names that carry secrets (`KAFKA_SASLPASSWORD`, `AZURE_CONNECTION_STRING`). */
export function isSecretEnvName(name: string): boolean {
  return SECRET_ENV.test(name)
}
