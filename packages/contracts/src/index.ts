import './zod-messages';
export * from './error-codes';
export * from './roles';
export * from './common';
export * from './organizations';
export * from './users';
export * from './regions-audit';
export * from './cases';
