// Who may do what: pure decisions over a verified identity, the bureau policy and the gardens' editor lists.
export * from './principal';
export * from './decisions';
