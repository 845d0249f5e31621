import type { KeyPress } from '../../src/dashboard/keys.js';

/** A key press with no special key: tests set the one they press. */
export const NO_KEY: KeyPress = {
  upArrow: false,
  downArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  tab: false,
  backspace: false,
  delete: false,
  ctrl: false,
  meta: false,
};
