/**
 * The operator reads every Secret from the Milvus resource's own namespace
 * (types.NamespacedName{Namespace: mc.Namespace}). A Secret of the same stream in another namespace
 * is never found; one whose namespace is left to kubectl lands wherever the context points.
 */
import { defineRule } from '../defineRule'
import { referencedObjects, secretConsequence } from '../lib/secrets'
import { SRC_SECRETS } from '../lib/sources'

export const secretNamespace = defineRule({
  id: 'secret-namespace',
  severity: 'error',
  title: { en: 'Secret in another namespace', ko: '다른 네임스페이스의 Secret' },
  explanation: {
    en: "Secrets are namespaced, and the operator looks for the ones a Milvus resource names only in that resource's namespace. A Secret created in another namespace is not found. When one of the two leaves metadata.namespace out, kubectl puts it in the current context's namespace, which may not be the other one's.",
    ko: 'Secret은 네임스페이스에 속하며, 오퍼레이터는 Milvus 리소스가 가리키는 Secret을 그 리소스의 네임스페이스에서만 찾습니다. 다른 네임스페이스에 만든 Secret은 찾지 못합니다. 둘 중 하나가 metadata.namespace를 생략하면 kubectl은 현재 컨텍스트의 네임스페이스에 만들므로 다른 쪽과 다를 수 있습니다.',
  },
  source: SRC_SECRETS,
  check(ctx, report) {
    for (const x of referencedObjects(ctx)) {
      if (x.secrets.length === 0 || x.inNamespace) continue
      const ns = x.namespace
      const other = x.secrets[0]?.namespace ?? ''
      const key = x.use.keys[0] ?? ''
      const then = secretConsequence(x.use, ns, key)
      const bothWritten = ns !== '' && other !== ''
      const mine =
        ns === '' ? 'the namespace kubectl applies the Milvus resource to' : `namespace ${ns}`
      const theirs = other === '' ? 'the current kubectl namespace' : `namespace ${other}`
      report(
        x.use.path,
        {
          en: `The operator reads Secret ${x.use.name} from ${mine}, but this Secret goes to ${theirs}${bothWritten ? `, so it is not found and ${then.en}` : ''}; give both the same metadata.namespace.`,
          ko: `오퍼레이터는 Secret ${x.use.name}을(를) ${ns === '' ? 'Milvus 리소스가 적용되는 네임스페이스' : `네임스페이스 ${ns}`}에서 읽지만 이 Secret은 ${other === '' ? '현재 kubectl 네임스페이스' : `네임스페이스 ${other}`}에 만들어집니다${bothWritten ? `. 그래서 찾지 못하고 ${then.ko}` : ''}. 둘의 metadata.namespace를 같게 쓰세요.`,
        },
        bothWritten ? {} : { severity: 'warning' },
      )
    }
  },
})
