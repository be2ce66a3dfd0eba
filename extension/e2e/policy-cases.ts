// The organisation policies both browsers' policy tests provision, and what a user must then see.
export const POLICY_INSTANCE = 'https://visio.ministere.example';

/** Valid: IT sets and locks the instance URL. */
export const LOCKING_POLICY = { instanceUrl: POLICY_INSTANCE, instanceUrlLocked: true, placement: 'location' };

/** Invalid (http:// for a public host): the extension must refuse to make links and say why. */
export const INVALID_POLICY = { instanceUrl: 'http://visio.example', instanceUrlLocked: true };
