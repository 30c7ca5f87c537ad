import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AREAS, areaLabelKey, areaPath } from '../../app/areas';

/** One link per area, in the product's order (inside AppShell.Navbar, which is the <nav>). */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      {AREAS.map((area) => {
        const path = areaPath(area);
        const active = pathname === path || (path !== '/' && pathname.startsWith(`${path}/`));
        const Icon = area.icon;
        return (
          <NavLink
            key={area.id}
            component={Link}
            to={path}
            label={t(areaLabelKey(area))}
            leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
            active={active}
            variant="filled"
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            data-testid={`nav-${area.id}`}
          />
        );
      })}
    </>
  );
}
