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
import { AssessorRoomScreen } from '../features/assessor-room/AssessorRoomScreen';
import { BatchesScreen } from '../features/batches/BatchesScreen';
import { DictionaryScreen } from '../features/dictionary/DictionaryScreen';
import { ExchangeScreen } from '../features/exchange/ExchangeScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { IdpScreen } from '../features/idp/IdpScreen';
import { IntegrationScreen } from '../features/integration/IntegrationScreen';
import { ParticipantsScreen } from '../features/participants/ParticipantsScreen';
import { ResultsScreen } from '../features/results/ResultsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { StandardsScreen } from '../features/standards/StandardsScreen';

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
 * `screen: XScreen` to its line here, and nothing else. One line per area, kept by prettier-ignore.
 */
// prettier-ignore
export const AREAS: readonly Area[] = [
  { id: 'home', label: 'home', icon: IconHome, issue: 2, screen: HomeScreen },
  { id: 'dictionary', label: 'dictionary', icon: IconBook2, issue: 3, screen: DictionaryScreen },
  { id: 'standards', label: 'standards', icon: IconListCheck, issue: 3, screen: StandardsScreen },
  { id: 'participants', label: 'participants', icon: IconUsers, issue: 4, screen: ParticipantsScreen },
  { id: 'batches', label: 'batches', icon: IconCalendarEvent, issue: 4, screen: BatchesScreen },
  { id: 'assessor-room', label: 'assessorRoom', icon: IconClipboardList, issue: 5, screen: AssessorRoomScreen },
  { id: 'integration', label: 'integration', icon: IconUsersGroup, issue: 5, screen: IntegrationScreen },
  { id: 'results', label: 'results', icon: IconChartDots3, issue: 6, screen: ResultsScreen },
  { id: 'idp-reports', label: 'idpReports', icon: IconFileReport, issue: 6, screen: IdpScreen },
  { id: 'exchange', label: 'exchange', icon: IconArrowsExchange, issue: 7, screen: ExchangeScreen },
  { id: 'settings', label: 'settings', icon: IconSettings, issue: 2, screen: SettingsScreen },
];

export function areaPath(area: Area): string {
  return area.id === 'home' ? '/' : `/${area.id}`;
}

export function areaLabelKey(area: Area): string {
  return `shell.areas.${area.label}`;
}
