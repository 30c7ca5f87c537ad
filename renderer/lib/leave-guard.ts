import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * "Unsaved changes" guard for an editor inside the HashRouter shell. react-router's useBlocker
 * needs a data router, which the shell does not use, so the guard catches the ways out itself:
 * - in-app links (`<a href="#/…">`: the navigation, the back link) by a capturing click listener
 *   that runs before the router's own handler;
 * - switches inside the screen (the batch's tabs, the guide's competency) and signing out
 *   (the shell's button) by `attemptLeave`.
 * Either way the editor shows its confirmation and the step runs only if changes are discarded.
 */
type Guard = (proceed: () => void) => void;

let active: Guard | null = null;

/** Runs `proceed` now, or after the active editor's confirmation when it has unsaved changes. */
export function attemptLeave(proceed: () => void): void {
  if (active) active(proceed);
  else proceed();
}

function inAppLink(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  const href = link?.getAttribute('href') ?? '';
  return href.startsWith('#/') ? href.slice(1) : null;
}

export function useLeaveGuard(dirty: boolean) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const guard: Guard = (proceed) => setPending(() => proceed);
    active = guard;
    const onClick = (e: MouseEvent) => {
      const to = inAppLink(e);
      if (to === null) return;
      e.preventDefault();
      e.stopPropagation();
      guard(() => void navigate(to));
    };
    document.addEventListener('click', onClick, true);
    return () => {
      if (active === guard) active = null;
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, navigate]);

  const stay = useCallback(() => setPending(null), []);
  /** Discard and go: the guard is dropped first so the step itself is not stopped again. */
  const leave = useCallback(() => {
    const proceed = pending;
    setPending(null);
    active = null;
    proceed?.();
  }, [pending]);

  return { asking: pending !== null, stay, leave };
}
