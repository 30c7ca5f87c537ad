import type { AsesaApi } from '../shared/contract';

declare global {
  interface Window {
    /** Present in Electron (set by the preload); absent in browser mode, where the HTTP bridge is used. */
    asesa?: Partial<AsesaApi>;
  }
}

export {};
