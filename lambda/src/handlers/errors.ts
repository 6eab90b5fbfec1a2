/** Errors of the skill itself (not the store's, which has StoreError): each has a code for the logs. */
export type SkillErrorCode = 'NO_TURN';

export class SkillError extends Error {
  constructor(
    readonly code: SkillErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SkillError';
  }
}
