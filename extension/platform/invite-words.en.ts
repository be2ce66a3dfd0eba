// The invitation's words in 'en', one chunk loaded by load-language.ts when the invitation is needed.
export { en as words } from '../../shared/core/invite/invite-messages.en.ts';
