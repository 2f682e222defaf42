/** Catalogue of the page layout: region names and the panels' names in error messages. */
import { defineMessages } from './index'

export const layoutMessages = defineMessages({
  en: {
    form: 'Form',
    editorPanel: 'YAML editor',
    problemsPanel: 'Problems',
    header: 'Header',
  },
  ko: {
    form: '설정 폼',
    editorPanel: 'YAML 편집기',
    problemsPanel: '문제',
    header: '헤더',
  },
})
