/** The share codec for the Share dialog (lazy), so components never import the engine themselves. */
export { encodeShareLink, findSecrets } from '../../src/share'
export type { EncodedShareLink } from '../../src/share'
