import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * An area's screen, loaded the first time the area is opened: the dynamic import makes each
 * feature its own chunk, so the first screen (setup, login, Beranda) does not load every area's
 * code. The chunks are same-origin files next to index.html, so CSP script-src 'self' allows them
 * on app:// and on the loopback bridge alike. AreaPage shows a loader meanwhile (Suspense).
 */
export function lazyScreen<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
