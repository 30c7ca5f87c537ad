import { HashRouter } from 'react-router';
import { useAppStore } from '../../lib/store';
import { LockScreen } from '../lock/LockScreen';
import { Shell } from './Shell';

/**
 * Everything behind the sign-in: the router, the shell and the lock overlay. App loads it
 * lazily, so the setup and login screens do not carry the router and the shell.
 */
export function SignedIn() {
  const locked = useAppStore((s) => s.status?.locked === true);
  return (
    <HashRouter>
      <Shell />
      {locked && <LockScreen />}
    </HashRouter>
  );
}
