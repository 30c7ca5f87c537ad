import { Button, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../../shared/contract';
import type { Participant } from '../../../../shared/schemas/participant';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';

const SHOWN = 8;

/**
 * Finds one participant by name or NIP (participants.search) and hands it back. The results
 * are a plain list of buttons, so Tab and Enter are all the keyboard needs.
 */
export function ParticipantPicker({
  id,
  selected,
  onPick,
}: {
  id: string;
  selected: Participant | null;
  onPick(p: Participant | null): void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [answer, setAnswer] = useState<{ query: string; total: number; items: Participant[] } | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  useEffect(() => {
    if (debounced.length < 2) return;
    let live = true;
    void call('participants.search', { query: debounced, offset: 0, limit: SHOWN }).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setAnswer({ query: debounced, ...reply.value });
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  // Only the answer to what the field says now is shown (none below 2 characters).
  const found = debounced.length >= 2 && answer?.query === debounced ? answer : null;

  if (selected) {
    return (
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text fw={600} data-testid={`${id}-selected`}>
          {t('settingsUi.privacy.selected', { name: selected.name, nip: selected.nip })}
        </Text>
        <Button variant="default" size="compact-sm" onClick={() => onPick(null)}>
          {t('settingsUi.privacy.change')}
        </Button>
      </Group>
    );
  }

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('settingsUi.privacy.search')}
        description={t('settingsUi.privacy.searchHint')}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.currentTarget.value)}
        aria-controls={`${id}-results`}
      />
      <ErrorAlert error={error} />
      <div id={`${id}-results`} aria-live="polite">
        {found && found.items.length === 0 && <Text size="sm">{t('settingsUi.privacy.noMatch')}</Text>}
        {found && found.items.length > 0 && (
          <Stack
            gap={4}
            component="ul"
            aria-label={t('settingsUi.privacy.results')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {found.items.map((p) => (
              <li key={p.id}>
                <UnstyledButton
                  onClick={() => {
                    setQuery('');
                    onPick(p);
                  }}
                  aria-label={t('settingsUi.privacy.choose', { name: `${p.name} ${p.nip}` })}
                  px="sm"
                  py={6}
                  w="100%"
                  style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
                >
                  <Text size="sm" component="span" fw={500}>
                    {p.name}
                  </Text>{' '}
                  <Text size="sm" component="span" c="dimmed" ff="monospace">
                    {p.nip}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
        {found && found.total > found.items.length && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('settingsUi.privacy.more', { count: found.total })}
          </Text>
        )}
      </div>
    </Stack>
  );
}
