// The invitation's words in 'nl', one chunk loaded by load-language.ts when the invitation is needed.
export { nl as words } from '../../shared/core/invite/invite-messages.nl.ts';
