export * from './config';
export * from './dev-issuer';
export * from './errors';
export * from './id-token-verifier';
