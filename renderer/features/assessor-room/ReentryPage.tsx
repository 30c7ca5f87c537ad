import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

/** Paper fallback: type the code printed on a form, land in its workspace with the cursor in the notes. */
export function ReentryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() === '') return;
    setBusy(true);
    const reply = await call('assignments.findForReentry', { code: code.trim() });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    navigate(`/assessor-room/${reply.value.assignmentId}?focus=notes`);
  };

  return (
    <Stack gap="md" maw={560}>
      <Anchor component={Link} to="/assessor-room" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('scoringUi.reentry.back')}
      </Anchor>
      <Card withBorder padding="md">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="reentry-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="reentry-title">
              {t('scoringUi.reentry.title')}
            </Title>
            <Text size="sm">{t('scoringUi.reentry.intro')}</Text>
            <TextInput
              label={t('scoringUi.reentry.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              data-autofocus
              autoFocus
              autoComplete="off"
              spellCheck={false}
              ff="monospace"
            />
            <ErrorAlert error={error} />
            <Group>
              <Button type="submit" loading={busy}>
                {t('scoringUi.reentry.find')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
