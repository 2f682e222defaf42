/**
 * The milvus.yaml catalogue for the form, loaded with import() after first paint (it is tens of
 * kilobytes). Only loadMilvusSettings() imports this file.
 */
export { configLeaves, initialSettingValue, listMilvusSettings, searchSettings, settingAt } from '../../src/model/settingLookup'
