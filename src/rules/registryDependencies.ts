// etcd, object storage and component rules (issue: the rest of the resource).
import { componentNotInVersion } from './componentNotInVersion'
import { componentNotRunInMode } from './componentNotRunInMode'
import { coordinatorsMixedWithMixCoord } from './coordinatorsMixedWithMixCoord'
import { deploymentGroupName } from './deploymentGroupName'
import { deploymentGroupReplicas } from './deploymentGroupReplicas'
import { deploymentGroupReservedKeys } from './deploymentGroupReservedKeys'
import { etcdAuthNeedsCredentials } from './etcdAuthNeedsCredentials'
import { etcdChartVersionKnown } from './etcdChartVersionKnown'
import { etcdEndpointsInCluster } from './etcdEndpointsInCluster'
import { etcdEndpointsInConfig } from './etcdEndpointsInConfig'
import { etcdExternalNeedsEndpoints } from './etcdExternalNeedsEndpoints'
import { etcdRbacKeyMatchesChart } from './etcdRbacKeyMatchesChart'
import { etcdReplicasOdd } from './etcdReplicasOdd'
import { minioAddressInConfig } from './minioAddressInConfig'
import { replicasHpaManaged } from './replicasHpaManaged'
import { resourcesRequestsWithinLimits } from './resourcesRequestsWithinLimits'
import { resourcesValidQuantity } from './resourcesValidQuantity'
import { rollingModeValid } from './rollingModeValid'
import { storageAzureNeedsRemoteType } from './storageAzureNeedsRemoteType'
import { storageCaSecret } from './storageCaSecret'
import { storageExternalNeedsCredentials } from './storageExternalNeedsCredentials'
import { storageExternalNeedsEndpoint } from './storageExternalNeedsEndpoint'
import { storageGcsNeedsGcpProvider } from './storageGcsNeedsGcpProvider'
import { storageInClusterOverwritten } from './storageInClusterOverwritten'
import { storageSslNeedsMilvusTls } from './storageSslNeedsMilvusTls'
import { storageTypeNeedsExternal } from './storageTypeNeedsExternal'
import type { Rule } from './types'
import { woodpeckerExternalNeedsExternalDeps } from './woodpeckerExternalNeedsExternalDeps'

/** Explicit list (STYLE §5): etcd, then object storage, then components. */
export const DEPENDENCY_RULES: readonly Rule[] = [
  etcdExternalNeedsEndpoints,
  etcdReplicasOdd,
  etcdRbacKeyMatchesChart,
  etcdChartVersionKnown,
  etcdEndpointsInConfig,
  etcdEndpointsInCluster,
  etcdAuthNeedsCredentials,
  woodpeckerExternalNeedsExternalDeps,
  storageExternalNeedsEndpoint,
  storageExternalNeedsCredentials,
  storageCaSecret,
  storageSslNeedsMilvusTls,
  storageGcsNeedsGcpProvider,
  storageAzureNeedsRemoteType,
  storageInClusterOverwritten,
  storageTypeNeedsExternal,
  minioAddressInConfig,
  rollingModeValid,
  deploymentGroupName,
  deploymentGroupReplicas,
  deploymentGroupReservedKeys,
  resourcesValidQuantity,
  resourcesRequestsWithinLimits,
  componentNotRunInMode,
  componentNotInVersion,
  coordinatorsMixedWithMixCoord,
  replicasHpaManaged,
]
