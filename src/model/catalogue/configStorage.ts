/**
 * Known keys of `spec.config.etcd`, `spec.config.minio` and `spec.config.common.storageType`:
 * the Milvus side of meta and object storage (auth, TLS, bucket, IAM). The operator forces
 * etcd.endpoints and minio.address/port (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90).
 */
import { bool, enm, free, int, str, t } from './dsl'

export const CONFIG_ETCD = free(
  t('How Milvus connects to etcd.', 'Milvus가 etcd에 연결하는 방식입니다.'),
  {
    endpoints: str(
      t(
        'etcd endpoints, comma-separated; removed and rewritten by the operator from dependencies.etcd.',
        '쉼표로 구분한 etcd 엔드포인트이며, 오퍼레이터가 지우고 dependencies.etcd 값으로 다시 씁니다.',
      ),
    ),
    rootPath: str(
      t(
        'Key prefix for this Milvus in etcd; the operator sets it to the resource name.',
        'etcd 안에서 이 Milvus가 쓰는 키 접두사이며, 오퍼레이터가 리소스 이름으로 설정합니다.',
      ),
    ),
    auth: free(t('etcd user authentication.', 'etcd 사용자 인증입니다.'), {
      enabled: bool(
        t(
          'Log in to etcd with a user name and password.',
          '사용자 이름과 비밀번호로 etcd에 로그인합니다.',
        ),
      ),
      userName: str(t('etcd user name.', 'etcd 사용자 이름입니다.')),
      password: str(
        t(
          'etcd password (plain text in the manifest).',
          'etcd 비밀번호입니다(매니페스트에 평문으로 들어감).',
        ),
      ),
    }),
    ssl: free(t('TLS to etcd.', 'etcd와의 TLS 설정입니다.'), {
      enabled: bool(t('Connect to etcd over TLS.', 'TLS로 etcd에 연결합니다.'), { default: false }),
      tlsCert: str(t('Path of the client certificate.', '클라이언트 인증서 경로입니다.')),
      tlsKey: str(t('Path of the client key.', '클라이언트 키 경로입니다.')),
      tlsCACert: str(t('Path of the CA certificate.', 'CA 인증서 경로입니다.')),
      tlsMinVersion: str(
        t('Lowest TLS version accepted (1.0 to 1.3).', '허용할 최소 TLS 버전(1.0~1.3)입니다.'),
      ),
    }),
  },
)

export const CONFIG_MINIO = free(
  t('How Milvus connects to object storage.', 'Milvus가 오브젝트 스토리지에 연결하는 방식입니다.'),
  {
    address: str(
      t(
        'Storage host; removed and rewritten by the operator from dependencies.storage.endpoint.',
        '스토리지 호스트이며, 오퍼레이터가 지우고 dependencies.storage.endpoint로 다시 씁니다.',
      ),
    ),
    port: int(
      t(
        'Storage port; removed and rewritten by the operator.',
        '스토리지 포트이며, 오퍼레이터가 지우고 다시 씁니다.',
      ),
      { min: 0, max: 65535 },
    ),
    accessKeyID: str(
      t(
        'Access key; normally filled from the storage Secret.',
        '액세스 키이며, 보통 스토리지 Secret에서 채워집니다.',
      ),
    ),
    secretAccessKey: str(
      t(
        'Secret key; normally filled from the storage Secret.',
        '시크릿 키이며, 보통 스토리지 Secret에서 채워집니다.',
      ),
    ),
    useSSL: bool(t('Talk to the storage over TLS.', '스토리지와 TLS로 통신합니다.'), {
      default: false,
    }),
    ssl: free(t('TLS files for storage.', '스토리지용 TLS 파일입니다.'), {
      tlsCACert: str(
        t(
          'Path of the CA certificate mounted in the pods.',
          '파드에 마운트한 CA 인증서 경로입니다.',
        ),
      ),
    }),
    bucketName: str(
      t(
        'Bucket for Milvus data; the operator sets it to the resource name.',
        'Milvus 데이터용 버킷이며, 오퍼레이터가 리소스 이름으로 설정합니다.',
      ),
    ),
    rootPath: str(
      t('Prefix for Milvus objects in the bucket.', '버킷 안에서 Milvus 객체에 붙일 접두사입니다.'),
      { default: 'files' },
    ),
    useIAM: bool(
      t("Use the pod's cloud identity instead of keys.", '키 대신 파드의 클라우드 ID를 씁니다.'),
      { default: false },
    ),
    cloudProvider: enm(
      ['aws', 'gcp', 'aliyun', 'azure'] as const,
      t(
        'Cloud of the storage (gcp for GCS, azure for Blob).',
        '스토리지가 있는 클라우드입니다(GCS는 gcp, Blob은 azure).',
      ),
      { default: 'aws' },
    ),
    iamEndpoint: str(
      t('Custom endpoint for IAM credentials.', 'IAM 자격 증명용 사용자 지정 엔드포인트입니다.'),
    ),
    region: str(t('Region of the bucket.', '버킷의 리전입니다.')),
    useVirtualHost: bool(
      t(
        'Address the bucket as a host name (virtual-hosted style).',
        '버킷을 호스트 이름으로 지정합니다(virtual-hosted 방식).',
      ),
      { default: false },
    ),
  },
)

export const CONFIG_COMMON = free(
  t('Settings shared by all Milvus components.', '모든 Milvus 컴포넌트가 공유하는 설정입니다.'),
  {
    storageType: str(
      t(
        'Storage backend (local or remote); Azure needs remote.',
        '스토리지 백엔드(local 또는 remote)이며, Azure에는 remote가 필요합니다.',
      ),
      { default: 'remote' },
    ),
  },
)
