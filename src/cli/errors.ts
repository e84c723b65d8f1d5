/** Why an input could not be audited; the reason is part of the JSON output, the message is for people. */
export type InputFailure = 'unreadable' | 'binary' | 'too-large' | 'empty' | 'fetch-failed' | 'not-found';

export class InputError extends Error {
  constructor(
    message: string,
    readonly reason: InputFailure,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export class UsageError extends Error {
  override name = 'UsageError';
}
