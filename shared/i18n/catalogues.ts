import { core } from './messages/core';

/**
 * The id and en catalogues, assembled from one file per feature in messages/. Add a feature's
 * messages by spreading them into both objects below; keys are namespaced by feature.
 */
export const catalogues = {
  id: { ...core.id },
  en: { ...core.en },
} as const;
