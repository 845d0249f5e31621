import { formatUserError, type UserError } from '../../src/errors.js';

/** The CLI's text of a user's mistake, hint included, on one line as an editor shows a lint message. */
export function oneLineMessage(error: UserError): string {
  return formatUserError(error)
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}
