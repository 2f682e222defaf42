/** Text of the Share dialog (English and Korean). */
import { defineMessages } from '../i18n'

export const shareMessages = defineMessages({
  en: {
    title: 'Share a link',
    intro:
      'The whole document, comments included, travels compressed in the part of the address after #, which browsers never send to a server.',
    includeSecrets: 'Include secrets',
    includeSecretsHint: 'Off: passwords, keys and tokens are replaced by <redacted> in the link.',
    includeBaselines: 'Include my named baselines ({count})',
    includeBaselinesHint:
      'Every baseline you saved, and which one you compare against, so the receiver sees the same change-safety findings. Off: the link is as short as without them.',
    inBaseline: 'baseline {name}: {path}',
    linkLabel: 'Share link',
    copyLink: 'Copy link',
    building: 'Building the link…',
    removedTitle: 'Left out of the link',
    removedNone: 'No secret values were found, so nothing was left out.',
    includedTitle: 'Secret values this link carries',
    includedWarning:
      'Anyone who gets this link can read these values. Send it only through a channel you trust.',
    lengthLabel: 'Link length',
    lengthValue: '{count} characters',
    lengthOk: 'Short enough for chat tools and browsers.',
    lengthChat:
      'Over 2,000 characters: some chat tools cut links this long. Send the YAML file instead if the link breaks.',
    lengthBrowser:
      'Over 8,000 characters: some browsers, proxies and servers refuse addresses this long. Send the YAML file instead.',
    tooLarge: 'This document is too large for a link: {detail}',
    failed: 'The link could not be built: {detail}',
  },
  ko: {
    title: '링크로 공유',
    intro:
      '주석을 포함한 문서 전체를 압축해 주소의 # 뒤에 담습니다. 이 부분은 브라우저가 서버로 보내지 않습니다.',
    includeSecrets: '비밀 값 포함',
    includeSecretsHint: '끄면 비밀번호, 키, 토큰이 링크에서 <redacted>로 바뀝니다.',
    includeBaselines: '내 이름 있는 기준 포함({count}개)',
    includeBaselinesHint:
      '저장한 모든 기준과 지금 비교 중인 기준을 담아, 받는 사람도 같은 변경 안전성 결과를 봅니다. 끄면 링크 길이는 기준이 없을 때와 같습니다.',
    inBaseline: '기준 {name}: {path}',
    linkLabel: '공유 링크',
    copyLink: '링크 복사',
    building: '링크를 만드는 중…',
    removedTitle: '링크에서 뺀 값',
    removedNone: '비밀 값을 찾지 못해 뺀 값이 없습니다.',
    includedTitle: '이 링크에 담긴 비밀 값',
    includedWarning:
      '이 링크를 받은 사람은 누구나 이 값을 볼 수 있습니다. 믿을 수 있는 경로로만 보내 주세요.',
    lengthLabel: '링크 길이',
    lengthValue: '{count}자',
    lengthOk: '메신저와 브라우저에서 쓰기에 충분히 짧습니다.',
    lengthChat:
      '2,000자를 넘었습니다. 일부 메신저는 이렇게 긴 링크를 자릅니다. 링크가 깨지면 YAML 파일을 보내 주세요.',
    lengthBrowser:
      '8,000자를 넘었습니다. 일부 브라우저, 프록시, 서버는 이렇게 긴 주소를 거부합니다. YAML 파일을 보내 주세요.',
    tooLarge: '문서가 너무 커서 링크로 만들 수 없습니다: {detail}',
    failed: '링크를 만들지 못했습니다: {detail}',
  },
})
