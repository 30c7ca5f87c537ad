import { Tabs } from '@mantine/core';
import type { ComponentType } from 'react';
import { useLocation, useNavigate } from 'react-router';

export interface RoutedTabsProps<Id extends string> {
  /** The area's route, e.g. "/settings": each tab lives at `<base>/<id>`. */
  base: string;
  /** The tabs shown, in order. */
  tabs: readonly Id[];
  panels: Record<Id, ComponentType>;
  /** The tab opened when the route names none of `tabs` (or one the user may not see). */
  fallback: Id;
  /** Accessible name of the tab list. */
  label: string;
  tabLabel: (id: Id) => string;
  /** data-testid of each tab: `<testIdPrefix>-<id>`. */
  testIdPrefix: string;
}

/**
 * An area's sections as tabs, each its own route so a section can be linked and survives a
 * reload. Arrow keys move between tabs (Mantine's tablist); only the open tab is mounted, so
 * each asks the main side for its data when opened.
 */
export function RoutedTabs<Id extends string>(props: RoutedTabsProps<Id>) {
  const { base, tabs, panels, fallback, label, tabLabel, testIdPrefix } = props;
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const asked = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1).split('/')[0] : undefined;
  const tab = tabs.find((id) => id === asked) ?? fallback;
  return (
    <Tabs
      value={tab}
      onChange={(next) => next && void navigate(`${base}/${next}`)}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List aria-label={label} mb="lg">
        {tabs.map((id) => (
          <Tabs.Tab key={id} value={id} data-testid={`${testIdPrefix}-${id}`}>
            {tabLabel(id)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((id) => {
        const Panel: ComponentType = panels[id];
        return (
          <Tabs.Panel key={id} value={id}>
            <Panel />
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}
