/**
 * Test set-up (vite.config.ts `test.setupFiles`): the store derives on the main thread, so a test
 * sees a text's findings as soon as it sets the text. The app starts with no deriver and installs
 * the worker after the first paint (app/main.tsx).
 */
import { setDeriver } from './documentDerive'
import { mainThreadDeriver } from './deriver'

setDeriver(mainThreadDeriver)
