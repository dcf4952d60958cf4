import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The same path aliases as tsconfig.json, for Vite and Vitest.
const root = path.dirname(fileURLToPath(import.meta.url));
export const ALIASES = [
  { find: /^@netra\/contracts$/, replacement: path.join(root, 'packages/contracts/src/index.ts') },
  { find: /^@netra\/contracts\/(.*)$/, replacement: path.join(root, 'packages/contracts/src/$1') },
  { find: /^@netra\/rules$/, replacement: path.join(root, 'packages/rules/src/index.ts') },
  { find: /^@netra\/engine$/, replacement: path.join(root, 'packages/engine/src/index.ts') },
  { find: /^@server\/(.*)$/, replacement: path.join(root, 'apps/server/src/$1') },
];
