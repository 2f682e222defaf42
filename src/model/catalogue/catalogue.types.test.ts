/**
 * Type-level proof that the field catalogue and the contract types in ../types.ts agree: every
 * key of each contract interface exists in the catalogue, and the inferred catalogue type and the
 * contract type are assignable both ways on those keys.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type {
  ComponentSpec,
  DeploymentGroup,
  InClusterConfig,
  MilvusComponents,
  MilvusDependencies,
  MilvusEtcd,
  MilvusKafka,
  MilvusPulsar,
  MilvusResource,
  MilvusSpec,
  MilvusStorage,
  MilvusStorageSSL,
  MilvusTei,
  MilvusWoodpecker,
  ObjectMeta,
  Persistence,
  PersistentVolumeClaim,
  ResourceRequirements,
  BuiltInMQ,
  WoodpeckerBufferPool,
} from '../types'
import type { Infer } from './dsl'
import type { PER_COMPONENT, COMPONENTS } from './components'
import type { DEPENDENCIES } from './dependencies'
import type { RESOURCES } from './kube'
import type { MILVUS_RESOURCE, SPEC } from './resource'

/** The declared keys of T, without its `[key: string]: unknown` index signature. */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] }
/** T with index signatures removed at every level where declared keys exist (pure maps stay). */
type DeepKnown<T> = T extends readonly (infer U)[]
  ? DeepKnown<U>[]
  : T extends object
    ? [keyof Known<T>] extends [never]
      ? T
      : { [K in keyof Known<T>]: DeepKnown<Exclude<Known<T>[K], undefined>> }
    : T
type Agrees<C, Catalogue> = AgreesKnown<DeepKnown<C>, Catalogue>
type AgreesKnown<Contract, Catalogue> = [Exclude<keyof Known<Contract>, keyof Catalogue>] extends [
  never,
]
  ? [Pick<Catalogue, keyof Known<Contract> & keyof Catalogue>] extends [Known<Contract>]
    ? [Known<Contract>] extends [Pick<Catalogue, keyof Known<Contract> & keyof Catalogue>]
      ? true
      : 'contract does not fit the catalogue'
    : 'catalogue does not fit the contract'
  : { missingInCatalogue: Exclude<keyof Known<Contract>, keyof Catalogue> }

type Root = Infer<typeof MILVUS_RESOURCE>
type Spec = Infer<typeof SPEC>
type Components = Infer<typeof COMPONENTS>
type Deps = Infer<typeof DEPENDENCIES>
type Proxy = Infer<typeof PER_COMPONENT.proxy>
type Group = NonNullable<Proxy['groups']>[number]
type Pulsar = NonNullable<Deps['pulsar']>
type Woodpecker = NonNullable<Deps['woodpecker']>
type Storage = NonNullable<Deps['storage']>
type Persist = NonNullable<NonNullable<Deps['rocksmq']>['persistence']>

describe('catalogue types agree with src/model/types.ts', () => {
  it('top level', () => {
    expectTypeOf<Agrees<Partial<MilvusResource>, Root>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<ObjectMeta, NonNullable<Root['metadata']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusSpec, Spec>>().toEqualTypeOf<true>()
  })

  it('components', () => {
    expectTypeOf<Agrees<MilvusComponents, Components>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<ComponentSpec, Proxy>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<DeploymentGroup, Group>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<ResourceRequirements, Infer<typeof RESOURCES>>>().toEqualTypeOf<true>()
  })

  it('dependencies', () => {
    expectTypeOf<Agrees<MilvusDependencies, Deps>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<BuiltInMQ, NonNullable<Deps['rocksmq']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<Persistence, Persist>>().toEqualTypeOf<true>()
    expectTypeOf<
      Agrees<PersistentVolumeClaim, NonNullable<Persist['persistentVolumeClaim']>>
    >().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusWoodpecker, Woodpecker>>().toEqualTypeOf<true>()
    expectTypeOf<
      Agrees<WoodpeckerBufferPool, NonNullable<Woodpecker['quorumBufferPools']>[number]>
    >().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusPulsar, Pulsar>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<InClusterConfig, NonNullable<Pulsar['inCluster']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusKafka, NonNullable<Deps['kafka']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusEtcd, NonNullable<Deps['etcd']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusStorage, Storage>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusStorageSSL, NonNullable<Storage['ssl']>>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<MilvusTei, NonNullable<Deps['tei']>>>().toEqualTypeOf<true>()
  })

  it('can fail: a missing key or a wrong type is visible', () => {
    expectTypeOf<Agrees<{ nope?: string }, Spec>>().not.toEqualTypeOf<true>()
    expectTypeOf<Agrees<{ mode?: number }, Spec>>().not.toEqualTypeOf<true>()
  })
})
