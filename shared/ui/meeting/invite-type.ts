/** What renderInvite gives: the same invitation as plain text and as HTML. */
export interface Invite {
  readonly text: string;
  readonly html: string;
}
