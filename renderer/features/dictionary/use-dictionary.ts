import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput, Envelope, EnvelopeError } from '../../../shared/contract';
import type { FrameworkSummary, VersionSummary } from '../../../shared/schemas/dictionary';
import { call } from '../../lib/api';

type Loaded = ChannelOutput<'frameworks.get'>;

export interface DictionaryData {
  frameworks: FrameworkSummary[] | null;
  frameworkId: string | null;
  versions: VersionSummary[];
  versionId: string | null;
  loaded: Loaded | null;
  error: EnvelopeError | null;
  selectFramework(id: string): void;
  selectVersion(id: string): void;
  /** Re-reads everything, showing `versionId` (e.g. the version an edit went to) or the latest. */
  refresh(versionId?: string, frameworkId?: string): Promise<void>;
}

/**
 * The framework picker's state: the frameworks, the chosen framework's versions and the shown
 * version's content. The first framework (the seeded ASN dictionary) is shown by default.
 */
export function useDictionary(): DictionaryData {
  const [frameworks, setFrameworks] = useState<FrameworkSummary[] | null>(null);
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  const showVersion = useCallback(async (id: string) => {
    const reply = await call('frameworks.get', { versionId: id });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setVersionId(id);
    setLoaded(reply.value);
  }, []);

  const openFramework = useCallback(
    async (id: string, wanted?: string) => {
      const reply = await call('frameworks.versions', { frameworkId: id });
      if (!reply.ok) return setError(reply.error);
      setFrameworkId(id);
      setVersions(reply.value);
      const latest = reply.value.reduce<VersionSummary | null>((m, v) => (m && m.number > v.number ? m : v), null);
      const target = wanted && reply.value.some((v) => v.id === wanted) ? wanted : latest?.id;
      if (target) await showVersion(target);
    },
    [showVersion],
  );

  const applyList = async (
    reply: Envelope<FrameworkSummary[]>,
    wantedVersion?: string,
    wantedFramework?: string,
  ): Promise<void> => {
    if (!reply.ok) return setError(reply.error);
    setFrameworks(reply.value);
    const keep = wantedFramework ?? frameworkId;
    const id = reply.value.some((f) => f.id === keep) ? keep : (reply.value[0]?.id ?? null);
    if (id) await openFramework(id, wantedVersion);
  };

  const refresh = async (wantedVersion?: string, wantedFramework?: string) =>
    applyList(await call('frameworks.list', {}), wantedVersion, wantedFramework);

  useEffect(() => {
    void call('frameworks.list', {}).then((reply) => applyList(reply));
    // Only on mount: later refreshes are explicit (after an edit or an import).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    frameworks,
    frameworkId,
    versions,
    versionId,
    loaded,
    error,
    selectFramework: (id) => void openFramework(id),
    selectVersion: (id) => void showVersion(id),
    refresh,
  };
}
