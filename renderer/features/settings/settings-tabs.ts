import type { Role } from '../../../shared/domain/roles';

export type SettingsTabId = 'account' | 'users' | 'security' | 'audit' | 'backups' | 'privacy';

/**
 * The sections of Pengaturan, in order, with the roles that see each. The main side enforces
 * the same roles on every channel; hiding a tab is only convenience.
 */
export const SETTINGS_TABS: ReadonlyArray<{ id: SettingsTabId; roles: readonly Role[] }> = [
  { id: 'account', roles: ['admin', 'coordinator', 'assessor'] },
  { id: 'users', roles: ['admin'] },
  { id: 'security', roles: ['admin'] },
  { id: 'audit', roles: ['admin', 'coordinator'] },
  { id: 'backups', roles: ['admin'] },
  { id: 'privacy', roles: ['admin', 'coordinator'] },
];

export function tabsFor(role: Role | undefined): SettingsTabId[] {
  return role ? SETTINGS_TABS.filter((tab) => tab.roles.includes(role)).map((tab) => tab.id) : ['account'];
}

/**
 * Where /settings opens: an administrator comes here mostly to manage users, everyone else to
 * change their own password or language.
 */
export function defaultTab(role: Role | undefined): SettingsTabId {
  return role === 'admin' ? 'users' : 'account';
}
