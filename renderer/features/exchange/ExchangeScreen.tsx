import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { RoutedTabs } from '../../components/RoutedTabs';
import { ExportWizard } from './ExportWizard';
import { HistoryPanel } from './HistoryPanel';
import { IdentityPanel } from './IdentityPanel';
import { ImportPanel } from './ImportPanel';
import { ResultsTablePanel } from './ResultsTablePanel';

const PANELS = {
  identity: IdentityPanel,
  export: ExportWizard,
  import: ImportPanel,
  history: HistoryPanel,
  tables: ResultsTablePanel,
} satisfies Record<string, ComponentType>;
type TabId = keyof typeof PANELS;
const TABS = Object.keys(PANELS) as TabId[];

/**
 * Pertukaran Data as tabs, each its own route (/exchange/<tab>) so a section can be linked.
 * Only the open tab is mounted, so History asks again after an import in the Terima tab.
 */
export function ExchangeScreen() {
  const { t } = useTranslation();
  return (
    <RoutedTabs
      base="/exchange"
      tabs={TABS}
      panels={PANELS}
      fallback="identity"
      label={t('exchangeUi.tabs.label')}
      tabLabel={(id) => t(`exchangeUi.tabs.${id}`)}
      testIdPrefix="exchange-tab"
    />
  );
}
