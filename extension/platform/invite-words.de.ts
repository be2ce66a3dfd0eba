// The invitation's words in 'de', one chunk loaded by load-language.ts when the invitation is needed.
export { de as words } from '../../shared/core/invite/invite-messages.de.ts';
