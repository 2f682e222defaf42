/** Where the rules' facts come from (operator files, Milvus code, docs pages, charts), named once. */

export const SRC_WEBHOOK =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go (v1.3.8)'
export const SRC_DEFAULTS =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go Default() (v1.3.8)'
export const SRC_CRD =
  'zilliztech/milvus-operator config/crd/bases/milvus.io_milvuses.yaml (v1.3.8)'
export const SRC_DEPS_TYPES =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/dependencies_types.go (v1.3.8)'
export const SRC_CONFIGMAP =
  'zilliztech/milvus-operator pkg/controllers/configmaps.go and tool/merge/main.go (v1.3.8)'
export const SRC_MQ_FACTORY =
  'milvus-io/milvus internal/util/dependency/factory.go (branches 2.5, 2.6, master)'
export const SRC_PARAMS =
  'milvus-io/milvus pkg/util/paramtable/service_param.go and configs/milvus.yaml'
export const SRC_KAFKA_CHECK = 'zilliztech/milvus-operator pkg/external/kafka.go (v1.3.8)'
export const SRC_DOCS_MQ =
  'milvus.io docs: Configure Message Storage with Milvus Operator (message_storage_operator.md)'
export const SRC_CONVERSION =
  'https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1alpha1/milvus_webhook.go#L33'
export const SRC_CHARTS =
  'zilliztech/milvus-helm charts/milvus/values.yaml (pulsarv3, pulsar, kafka sections)'
export const SRC_PERSISTENCE =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/dependencies_types.go Persistence, pkg/controllers/deployments.go'
export const SRC_WEBHOOK_VALIDATE =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go validateCommon/validateExternal (v1.3.8)'
export const SRC_WEBHOOK_DEFAULTS = SRC_DEFAULTS
export const SRC_GROUPS_WEBHOOK =
  'zilliztech/milvus-operator deployment-group validation in the Milvus webhook (v1.3.8)'
export const SRC_COMPONENTS =
  'zilliztech/milvus-operator apis/milvus.io/v1beta1/components_types.go and pkg/controllers/components.go (v1.3.8)'
export const SRC_CONFIGMAP_FORCED =
  'zilliztech/milvus-operator pkg/controllers/configmaps.go (forced keys) (v1.3.8)'
export const SRC_STORAGE_CHECK =
  'zilliztech/milvus-operator pkg/external/minio.go health check and storage SSL handling (v1.3.8)'
export const SRC_ETCD_CHART =
  'bitnami etcd chart 6.3.3 / 8.12.0 values (auth.rbac.enabled renamed to auth.rbac.create); operator docs meta-storage.md'
export const SRC_MILVUS_STORAGE =
  'milvus-io/milvus configs/milvus.yaml minio.* and common.storageType; milvus.io docs deploy_s3 / GCS / Azure'
export const SRC_K8S_QUANTITY =
  'k8s.io/apimachinery pkg/api/resource quantity.go (Kubernetes quantities)'
export const SRC_ETCD_QUORUM = 'etcd docs: FAQ "Why an odd number of cluster members?"'

export const SRC_HOST_PORT =
  'zilliztech/milvus-operator v1.3.8 pkg/util/util.go GetHostPortWithDefault (lines 97-111), pkg/controllers/deployments.go GetStorageHostPort (lines 51-57), pkg/controllers/configmaps.go lines 109-130'
export const SRC_VERSION =
  'zilliztech/milvus-operator v1.3.8 apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6 (lines 132-160)'
export const SRC_SECRETS =
  'zilliztech/milvus-operator v1.3.8 pkg/controllers/configmaps.go lines 22-61, deployments.go lines 32-35 and 88-140, conditions.go lines 105-150'
export const SRC_NAMES =
  'zilliztech/milvus-operator v1.3.8 pkg/controllers/components.go GetServiceInstanceName (line 361), pkg/helm/helm.go line 172; Helm release names are at most 53 characters'
export const SRC_DOCS_UPGRADE =
  'https://milvus.io/docs/upgrade_milvus_cluster-operator.md (and upgrade_milvus_standalone-operator.md)'
export const SRC_K8S_NAMES =
  'k8s.io/apimachinery pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue, IsDNS1123Subdomain); kubernetes pkg/apis/core/validation/validation.go (pod spec)'
export const SRC_K8S_TOLERATIONS =
  'kubernetes pkg/apis/core/validation/validation.go ValidateTolerations; https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/'
export const SRC_MERGE =
  'https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/components.go#L726 (MergeComponentSpec) and pkg/controllers/deployment_updater.go#L638'
