import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, EnvelopeError } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';
import { useAppStore } from '../../../lib/store';
import { AuditFilters, type ActorOption } from './AuditFilters';
import { AUDIT_PAGE, NO_FILTERS, toQuery, type AuditEntry, type AuditFilterValues } from './audit-model';
import { AuditTable } from './AuditTable';

/**
 * Log audit (administrators and coordinators): audit.list newest first, filtered, and paged
 * with "load more" (beforeSeq = the oldest entry shown). Administrators pick the user from
 * users.list; coordinators, who may not list users, from the people seen in the log so far.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [users, setUsers] = useState<ActorOption[]>([]);
  // A reply to an older filter must not land in the list of a newer one.
  const generation = useRef(0);

  const show = useCallback((reply: Envelope<AuditEntry[]>, before: AuditEntry[]) => {
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setEntries([...before, ...reply.value]);
    setMore(reply.value.length === AUDIT_PAGE);
  }, []);

  // New filters start a new list; a "load more" still under way for the old ones is dropped.
  useEffect(() => {
    const gen = ++generation.current;
    void call('audit.list', toQuery(filters)).then((reply) => {
      if (gen === generation.current) show(reply, []);
    });
  }, [filters, show]);

  const loadMore = async () => {
    if (!entries) return;
    const gen = generation.current;
    setBusy(true);
    const reply = await call('audit.list', toQuery(filters, entries[entries.length - 1]?.seq));
    setBusy(false);
    if (gen === generation.current) show(reply, entries);
  };

  useEffect(() => {
    if (role !== 'admin') return;
    void call('users.list', {}).then((reply) => {
      if (reply.ok) setUsers(reply.value.map((u) => ({ id: u.id, name: `${u.displayName} (${u.username})` })));
    });
  }, [role]);

  const actors = useMemo(() => {
    if (users.length > 0) return users;
    const seen = new Map<string, string>();
    for (const e of entries ?? []) if (e.actorId && e.actorName) seen.set(e.actorId, e.actorName);
    return [...seen].map(([id, name]) => ({ id, name }));
  }, [users, entries]);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-audit">
      <Title order={2} size="h3" id="settings-audit" mb="xs">
        {t('settingsUi.tabs.audit')}
      </Title>
      <Text size="sm" mb="md">
        {t('settingsUi.audit.intro')}
      </Text>
      <Stack gap="md">
        <AuditFilters actors={actors} onApply={(f) => setFilters({ ...f })} />
        <ErrorAlert error={error} />
        {entries === null && !error && <Loader size="sm" aria-label={t('settingsUi.common.loading')} />}
        {entries?.length === 0 && <Text>{t('settingsUi.audit.empty')}</Text>}
        {entries && entries.length > 0 && (
          <>
            <AuditTable entries={entries} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" role="status" data-testid="audit-shown">
                {t('settingsUi.audit.shown', { count: entries.length })} {more ? '' : t('settingsUi.audit.end')}
              </Text>
              {more && (
                <Button variant="default" loading={busy} onClick={() => void loadMore()}>
                  {t('settingsUi.audit.loadMore')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
