/** How this process takes its tokens (AuthSettings): the dev key, or the organisation's OpenID Connect provider. */
export const AUTH_SETTINGS = Symbol('AuthSettings');
/** The dev key pair, with its private half: only in a process whose auth is dev. */
export const DEV_SIGNING_KEY = Symbol('DevSigningKey');
