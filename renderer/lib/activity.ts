import { useEffect } from 'react';
import { call } from './api';
import { useAppStore } from './store';

const HEARTBEAT_MS = 60_000;
const STATUS_POLL_MS = 30_000;

/**
 * Keeps the main side's idle clock honest: typing and clicking count as activity (sent at most
 * once a minute), and a passive status poll brings up the lock screen when the idle time has
 * passed even if the user makes no call.
 */
export function useActivityHeartbeat(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < HEARTBEAT_MS) return;
      last = now;
      void call('app.activity', {});
    };
    const poll = setInterval(() => {
      void call('app.status', {}).then((reply) => {
        if (reply.ok && reply.value.locked) useAppStore.getState().markLocked();
      });
    }, STATUS_POLL_MS);
    window.addEventListener('keydown', onActivity, true);
    window.addEventListener('pointerdown', onActivity, true);
    return () => {
      clearInterval(poll);
      window.removeEventListener('keydown', onActivity, true);
      window.removeEventListener('pointerdown', onActivity, true);
    };
  }, [active]);
}
