import { describe, expect, it } from 'vitest'
import { settingAt } from '../../src/model'
import { aCluster } from '../../src/test/builders'
import { settingMarkdown, settingTypeLabel } from './settingHelp'
import { settingMessages } from '../common/settingMessages'

describe('settingMarkdown', () => {
  it('shows the type, the source, the default and both links for a milvus.yaml key', () => {
    const info = settingAt(
      ['spec', 'config', 'common', 'security', 'authorizationEnabled'],
      aCluster(),
    )
    if (!info) throw new Error('catalogue lost common.security.authorizationEnabled')
    const md = settingMarkdown(info, settingMessages.en)
    expect(md).toMatch(/^\*\*authorizationEnabled\*\* \(boolean\)/)
    expect(md).toContain('Default: `false`')
    expect(md).toMatch(/\[Milvus docs\]\(https:\/\/milvus\.io\/docs\/configure_common\.md\)/)
    expect(md).toMatch(
      /\[milvus\.yaml line \d+\]\(https:\/\/github\.com\/milvus-io\/milvus\/blob\/[0-9a-f]+\/configs\/milvus\.yaml#L\d+\)/,
    )
  })

  it('names the chart for inCluster.values keys and speaks Korean', () => {
    const info = settingAt(
      ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicaCount'],
      aCluster(),
    )
    if (!info) throw new Error('catalogue lost etcd replicaCount')
    expect(settingMarkdown(info, settingMessages.en)).toContain('Key of the etcd 8.12.0 chart')
    expect(settingMarkdown(info, settingMessages.ko)).toContain('etcd 8.12.0 차트의 키')
  })

  it('notes keys milvus.yaml comments out', () => {
    const info = settingAt(['spec', 'config', 'kafka', 'brokerList'], aCluster())
    if (!info) throw new Error('catalogue lost kafka.brokerList')
    expect(settingMarkdown(info, settingMessages.en)).toContain('commented out')
  })

  it('has a word for every type code', () => {
    for (const code of 'obifslnmktx')
      expect(settingTypeLabel(code, settingMessages.ko)).not.toBe(code)
  })
})
