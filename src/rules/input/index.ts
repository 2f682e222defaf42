// Rules about how pasted input is read (objects read back from a cluster, old API kinds).
export { readBackObject, READ_BACK_FIELDS } from './readBackObject'
export { v1alpha1MilvusCluster } from './v1alpha1MilvusCluster'
