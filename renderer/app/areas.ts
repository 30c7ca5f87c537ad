import type { ComponentType } from 'react';
import {
  IconArrowsExchange,
  IconBook2,
  IconCalendarEvent,
  IconChartDots3,
  IconClipboardList,
  IconFileReport,
  IconHome,
  IconListCheck,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { lazyScreen } from './lazy-screen';

export interface Area {
  /** Also the route: `/<id>` (Beranda is `/`). */
  id: string;
  /** Name key under shell.areas in the catalogues. */
  label: string;
  icon: Icon;
  /** The issue that delivers this area's feature. */
  issue: number;
  /** The area's screen; absent until its feature lands (the shell then says so). */
  screen?: ComponentType;
}

/**
 * Every area of the product, in navigation order. A feature registers its screen by adding
 * `screen: lazyScreen(() => import('../features/x/XScreen'), 'XScreen')` to its line here, and
 * nothing else: the screen then loads on first visit, as its own chunk. One line per area, kept
 * by prettier-ignore.
 */
// prettier-ignore
export const AREAS: readonly Area[] = [
  { id: 'home', label: 'home', icon: IconHome, issue: 2, screen: lazyScreen(() => import('../features/home/HomeScreen'), 'HomeScreen') },
  { id: 'dictionary', label: 'dictionary', icon: IconBook2, issue: 3, screen: lazyScreen(() => import('../features/dictionary/DictionaryScreen'), 'DictionaryScreen') },
  { id: 'standards', label: 'standards', icon: IconListCheck, issue: 3, screen: lazyScreen(() => import('../features/standards/StandardsScreen'), 'StandardsScreen') },
  { id: 'participants', label: 'participants', icon: IconUsers, issue: 4, screen: lazyScreen(() => import('../features/participants/ParticipantsScreen'), 'ParticipantsScreen') },
  { id: 'batches', label: 'batches', icon: IconCalendarEvent, issue: 4, screen: lazyScreen(() => import('../features/batches/BatchesScreen'), 'BatchesScreen') },
  { id: 'assessor-room', label: 'assessorRoom', icon: IconClipboardList, issue: 5, screen: lazyScreen(() => import('../features/assessor-room/AssessorRoomScreen'), 'AssessorRoomScreen') },
  { id: 'integration', label: 'integration', icon: IconUsersGroup, issue: 5, screen: lazyScreen(() => import('../features/integration/IntegrationScreen'), 'IntegrationScreen') },
  { id: 'results', label: 'results', icon: IconChartDots3, issue: 6, screen: lazyScreen(() => import('../features/results/ResultsScreen'), 'ResultsScreen') },
  { id: 'idp-reports', label: 'idpReports', icon: IconFileReport, issue: 6, screen: lazyScreen(() => import('../features/idp/IdpScreen'), 'IdpScreen') },
  { id: 'exchange', label: 'exchange', icon: IconArrowsExchange, issue: 7, screen: lazyScreen(() => import('../features/exchange/ExchangeScreen'), 'ExchangeScreen') },
  { id: 'settings', label: 'settings', icon: IconSettings, issue: 2, screen: lazyScreen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
];

export function areaPath(area: Area): string {
  return area.id === 'home' ? '/' : `/${area.id}`;
}

export function areaLabelKey(area: Area): string {
  return `shell.areas.${area.label}`;
}
