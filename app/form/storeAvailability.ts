/** The store choice asks the model which stores fit (the rules ask the same functions). */
export { allowedStores, storeAvailability } from '../state/engine'
export type { StoreAvailability } from '../../src/model'
