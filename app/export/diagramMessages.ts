/** Text of the diagram viewer's controls (English and Korean). */
import { defineMessages } from '../i18n'

export const diagramMessages = defineMessages({
  en: {
    viewer: 'Diagram viewer: drag or arrow keys to move, pinch, wheel or + and − to zoom, 0 to fit',
    controls: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    zoomLevel: 'Zoom {percent}%',
  },
  ko: {
    viewer: '다이어그램 보기: 끌거나 화살표 키로 이동, 핀치·휠·+ 와 − 로 확대/축소, 0으로 맞춤',
    controls: '확대/축소',
    zoomIn: '확대',
    zoomOut: '축소',
    fit: '화면에 맞춤',
    zoomLevel: '배율 {percent}%',
  },
})
