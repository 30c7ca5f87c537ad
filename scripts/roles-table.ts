// Prints the roles × channels table (issue 8) from the contract: who may call what.
import { channelNames, contract, type Access } from '../shared/contract';

const roles = ['admin', 'coordinator', 'assessor'] as const;
const mark = (access: Access, role: (typeof roles)[number]) =>
  access === 'public' || access === 'user' || access.includes(role) ? '✓' : '—';

console.log('| channel | anonymous | administrator | coordinator | assessor |');
console.log('|---|---|---|---|---|');
for (const name of [...channelNames].sort()) {
  const access = contract[name].access;
  console.log(`| \`${name}\` | ${access === 'public' ? '✓' : '—'} | ${roles.map((r) => mark(access, r)).join(' | ')} |`);
}
