/** Where the operator-parity rules' facts come from (operator v1.3.8 files and lines). */

export const SRC_HOST_PORT =
  'zilliztech/milvus-operator v1.3.8 pkg/util/util.go GetHostPortWithDefault (lines 97-111), pkg/controllers/deployments.go GetStorageHostPort (lines 51-57), pkg/controllers/configmaps.go lines 109-130'
export const SRC_VERSION =
  'zilliztech/milvus-operator v1.3.8 apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6 (lines 132-160)'
export const SRC_SECRETS =
  'zilliztech/milvus-operator v1.3.8 pkg/controllers/configmaps.go lines 22-61, deployments.go lines 32-35 and 88-140, conditions.go lines 105-150'
export const SRC_NAMES =
  'zilliztech/milvus-operator v1.3.8 pkg/controllers/components.go GetServiceInstanceName (line 361), pkg/helm/helm.go line 172; Helm release names are at most 53 characters'
