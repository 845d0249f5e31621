import { UserError } from '../../errors.js';
import type { LocatedDocument } from '../../util/located-document.js';

/** Converts a plan kept in another format into a native plan document, positions pointing into the source. */
export function importPlanDocument(_text: string, displayPath: string): LocatedDocument {
  throw new UserError(`${displayPath}: this plan format is not supported yet`, {
    location: { file: displayPath },
    hint: 'Use a tracking-plan.yaml in the native format.',
  });
}
