/**
 * The milvus.yaml and chart catalogues for the form and the editor, kept out of the first load (they
 * are tens of kilobytes): the form reaches this file through import() in loadMilvusSettings(), the
 * editor's hover and completion through the lazily loaded editor chunk.
 */
export {
  configLeaves,
  configSettingAt,
  initialSettingValue,
  listMilvusSettings,
  searchSettings,
  settingAt,
  settingChildren,
} from '../../src/model/settingLookup'
export type { SettingInfo } from '../../src/model/settingLookup'
