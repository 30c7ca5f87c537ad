import { Tabs } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
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
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const asked = pathname.split('/')[2];
  const tab: TabId = TABS.includes(asked as TabId) ? (asked as TabId) : 'identity';
  return (
    <Tabs
      value={tab}
      onChange={(next) => next && void navigate(`/exchange/${next}`)}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List aria-label={t('exchangeUi.tabs.label')} mb="lg">
        {TABS.map((id) => (
          <Tabs.Tab key={id} value={id} data-testid={`exchange-tab-${id}`}>
            {t(`exchangeUi.tabs.${id}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {TABS.map((id) => {
        const Panel = PANELS[id];
        return (
          <Tabs.Panel key={id} value={id}>
            <Panel />
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}
