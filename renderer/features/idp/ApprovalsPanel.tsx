import { Badge, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { IDP_STATUSES, type IdpView } from '../../../shared/schemas/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

type Status = (typeof IDP_STATUSES)[number];
const today = () => new Date().toISOString().slice(0, 10);

/** Approvals by the assessee and the supervisor (with a date), and status changes after a confirmation. */
export function ApprovalsPanel({ idp, onChanged }: { idp: IdpView; onChanged(idp: IdpView): void }) {
  const { t } = useTranslation();
  const [dates, setDates] = useState({ assessee: today(), supervisor: today() });
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [asked, setAsked] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = { batchId: idp.batchId, participantId: idp.participantId };

  async function approve(by: 'assessee' | 'supervisor', date: string | null) {
    const reply = await call('idp.approve', { ...ref, by, date });
    setError(reply.ok ? null : reply.error);
    if (reply.ok) onChanged(reply.value);
  }

  async function setStatus(status: Status) {
    setBusy(true);
    const reply = await call('idp.setStatus', { ...ref, status });
    setBusy(false);
    setAsked(null);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) onChanged(reply.value);
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="idp-approvals">
      <Title order={3} size="h5" id="idp-approvals" mb="sm">
        {t('resultsUi.idp.approvals')}
      </Title>
      <Stack gap="sm">
        {(['assessee', 'supervisor'] as const).map((by) => {
          const label = t(by === 'assessee' ? 'resultsUi.idp.approveAssessee' : 'resultsUi.idp.approveSupervisor');
          const on = idp.approvals[by];
          return (
            <Group key={by} align="flex-end" data-testid={`approval-${by}`}>
              <Text fw={500} w={220}>
                {label}
              </Text>
              {on ? (
                <>
                  <Badge color="#1c7c54">{t('resultsUi.idp.approvedOn', { date: on })}</Badge>
                  <Button variant="subtle" size="xs" onClick={() => void approve(by, null)}>
                    {t('resultsUi.idp.withdraw')}
                  </Button>
                </>
              ) : (
                <>
                  <TextInput
                    type="date"
                    aria-label={`${label}: ${t('resultsUi.idp.approveDate')}`}
                    value={dates[by]}
                    onChange={(e) => setDates({ ...dates, [by]: e.currentTarget.value })}
                    w={160}
                  />
                  <Button
                    size="xs"
                    onClick={() => void approve(by, dates[by] || today())}
                    aria-label={`${t('resultsUi.idp.approve')}: ${label}`}
                  >
                    {t('resultsUi.idp.approve')}
                  </Button>
                </>
              )}
            </Group>
          );
        })}
        <Group>
          <Text fw={500}>{t('resultsUi.idp.status')}:</Text>
          <Badge data-testid="idp-status">{t(`resultsUi.idp.statuses.${idp.status}`)}</Badge>
          {IDP_STATUSES.filter((s) => s !== idp.status).map((s) => (
            <Button key={s} size="xs" variant="default" onClick={() => setAsked(s)}>
              {t('resultsUi.idp.setStatus', { status: t(`resultsUi.idp.statuses.${s}`) })}
            </Button>
          ))}
        </Group>
        <ErrorAlert error={error} />
      </Stack>
      <Modal
        opened={asked !== null}
        onClose={() => setAsked(null)}
        title={t('resultsUi.idp.status')}
        centered
        closeButtonProps={{ 'aria-label': t('resultsUi.close') }}
      >
        <Text mb="lg">
          {asked && t('resultsUi.idp.confirmStatus', { name: idp.name, status: t(`resultsUi.idp.statuses.${asked}`) })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsked(null)}>
            {t('resultsUi.idp.cancel')}
          </Button>
          <Button loading={busy} onClick={() => asked && void setStatus(asked)}>
            {t('resultsUi.idp.confirm')}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
