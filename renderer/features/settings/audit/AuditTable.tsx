import { Button, Code, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { prettyValue, type AuditEntry } from './audit-model';

function Values({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const oldValue = prettyValue(entry.oldValue);
  const newValue = prettyValue(entry.newValue);
  if (oldValue === null && newValue === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('settingsUi.audit.noValues')}
      </Text>
    );
  }
  const panelId = `audit-values-${entry.seq}`;
  return (
    <Stack gap={4}>
      <Button
        size="compact-sm"
        variant="subtle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? t('settingsUi.audit.hideValues') : t('settingsUi.audit.showValues')}
      </Button>
      <Collapse expanded={open} id={panelId}>
        <Group align="flex-start" gap="sm" wrap="wrap">
          {oldValue !== null && (
            <div>
              <Text size="xs" fw={600}>
                {t('settingsUi.audit.oldValue')}
              </Text>
              <Code block data-testid="audit-old">
                {oldValue}
              </Code>
            </div>
          )}
          {newValue !== null && (
            <div>
              <Text size="xs" fw={600}>
                {t('settingsUi.audit.newValue')}
              </Text>
              <Code block data-testid="audit-new">
                {newValue}
              </Code>
            </div>
          )}
        </Group>
      </Collapse>
    </Stack>
  );
}

/** The audit entries, newest first, with old/new values folded away until asked for. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Caption className="visually-hidden">{t('settingsUi.audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settingsUi.audit.seq')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.audit.at')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.audit.record')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.audit.action')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.audit.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.seq} data-testid="audit-row" style={{ verticalAlign: 'top' }}>
              <Table.Td>{e.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(i18n.language, e.at)}</Table.Td>
              <Table.Td>{e.actorName ?? t('settingsUi.common.system')}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {e.entity}
                </Text>
                {e.entityId && (
                  <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {e.entityId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {e.action}
                </Text>
              </Table.Td>
              <Table.Td>
                <Values entry={e} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
