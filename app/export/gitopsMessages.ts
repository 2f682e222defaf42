/** Catalogue of the Kustomize / Argo CD export tab. */
import { defineMessages } from '../i18n'

export const gitopsMessages = defineMessages({
  en: {
    tab: 'Kustomize folder',
    intro:
      'A folder for Git: base/kustomization.yaml, the Milvus resource as you wrote it, and one stub per Secret with empty values (fill them in with your secret tooling, never in Git). Overlays per environment: pick named baselines below, or milvus-studio export --to kustomize --overlay dev=dev.yaml.',
    overlaysTitle: 'An overlay per named baseline',
    overlaysNone:
      'No named baselines yet: mark some in the Baseline dialog (dev, staging, prod) to add an overlay for each.',
    downloadZip: 'Download .zip',
    files: 'Files',
    argoTitle: 'Argo CD Application',
    argoIntro:
      'Syncs the base folder, or the overlay you pick. Install the Milvus Operator first; prune stays off so a sync never deletes the resource and its data.',
    repo: 'Repository URL',
    path: 'Folder in the repository',
    copyArgo: 'Copy Application',
    argoTarget: 'Folder Argo CD syncs',
    argoBase: 'base (no overlay)',
    none: 'There is no readable Milvus resource to export.',
  },
  ko: {
    tab: 'Kustomize 폴더',
    intro:
      'Git용 폴더입니다: base/kustomization.yaml, 작성한 그대로의 Milvus 리소스, 값이 빈 Secret 스텁(값은 Git이 아니라 비밀 관리 도구로 채우세요). 환경별 오버레이: 아래에서 이름 있는 기준을 고르거나 milvus-studio export --to kustomize --overlay dev=dev.yaml을 쓰세요.',
    overlaysTitle: '이름 있는 기준마다 오버레이',
    overlaysNone:
      '아직 이름 있는 기준이 없습니다. 기준 대화상자에서 dev, staging, prod 등을 지정하면 각각 오버레이를 추가할 수 있습니다.',
    downloadZip: '.zip 내려받기',
    files: '파일',
    argoTitle: 'Argo CD Application',
    argoIntro:
      'base 폴더 또는 고른 오버레이를 동기화합니다. 먼저 Milvus Operator를 설치하세요. prune은 꺼 두어 동기화가 리소스와 데이터를 지우지 않습니다.',
    repo: '저장소 URL',
    path: '저장소 안의 폴더',
    copyArgo: 'Application 복사',
    argoTarget: 'Argo CD가 동기화할 폴더',
    argoBase: 'base (오버레이 없음)',
    none: '내보낼 수 있는 Milvus 리소스가 없습니다.',
  },
})
