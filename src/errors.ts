export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

/** A mistake the user can fix: reported without a stack trace, exit code 2. */
export class UserError extends Error {
  readonly location?: ErrorLocation;
  readonly hint?: string;

  constructor(message: string, options: { location?: ErrorLocation; hint?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.location = options.location;
    this.hint = options.hint;
  }
}

export function formatUserError(error: UserError): string {
  const where = error.location
    ? [error.location.file, error.location.line, error.location.column].filter((part) => part !== undefined).join(':') + ': '
    : '';
  return `${where}${error.message}${error.hint ? `\n  ${error.hint}` : ''}`;
}
