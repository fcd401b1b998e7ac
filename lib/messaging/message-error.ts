import type { ErrorCode } from './envelope';

/** A message the background refused or did not answer: the code says which. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
