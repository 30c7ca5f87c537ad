import { Alert, Center, Group, Loader, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconGitCompare, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { EditResult } from '../../../shared/schemas/dictionary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppStore } from '../../lib/store';
import { BrowsePanel } from './BrowsePanel';
import { DiffPanel } from './DiffPanel';
import { noteIn, textOf } from './dictionary-model';
import { ExchangePanel } from './ExchangePanel';
import { useDictionary } from './use-dictionary';
import { versionLabel } from './version-label';

/**
 * Kamus Kompetensi: pick a framework and a version, browse and search its tree, edit it
 * (coordinators and administrators), compare versions, import and export.
 */
export function DictionaryScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const role = useAppStore((s) => s.status?.user?.role);
  const canEdit = role === 'admin' || role === 'coordinator';
  const data = useDictionary();
  const [edited, setEdited] = useState<EditResult | null>(null);
  const [actionError, setActionError] = useState<EnvelopeError | null>(null);

  if (!data.frameworks && !data.error) {
    return (
      <Center role="status">
        <Loader aria-hidden size="sm" mr="sm" />
        <Text>{t('dictionaryUi.common.loading')}</Text>
      </Center>
    );
  }
  const framework = data.frameworks?.find((f) => f.id === data.frameworkId) ?? null;
  const latest = data.versions.reduce((m, v) => Math.max(m, v.number), 0);
  const shown = data.loaded?.version ?? null;
  const isLatest = shown !== null && shown.number === latest;
  const verifyNote = data.loaded?.snapshot.framework.verifyNote ?? framework?.verifyNote ?? null;

  const onEdited = async (result: EditResult) => {
    setActionError(null);
    // Refreshed first, so "Versi baru" never stands beside the old version in the picker.
    await data.refresh(result.versionId);
    setEdited(result);
  };

  return (
    <Stack gap="md" data-testid="dictionary-screen">
      <ErrorAlert error={data.error} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('dictionaryUi.dictionary.framework')}
          data={(data.frameworks ?? []).map((f) => ({ value: f.id, label: textOf(f.name, lang) }))}
          value={data.frameworkId ?? ''}
          onChange={(e) => {
            setEdited(null);
            data.selectFramework(e.currentTarget.value);
          }}
          style={{ flex: '1 1 640px', minWidth: 0 }}
          data-testid="framework-picker"
        />
        <NativeSelect
          label={t('dictionaryUi.dictionary.version')}
          data={[...data.versions]
            .sort((a, b) => b.number - a.number)
            .map((v) => ({ value: v.id, label: versionLabel(t, v, lang) }))}
          value={data.versionId ?? ''}
          onChange={(e) => data.selectVersion(e.currentTarget.value)}
          style={{ flex: '0 0 340px' }}
          data-testid="version-picker"
        />
      </Group>
      {verifyNote && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('dictionaryUi.dictionary.verifyTitle')}
          data-testid="verify-note"
          role="note"
          styles={{ title: { color: 'var(--mantine-color-black)' }, message: { color: 'var(--mantine-color-black)' } }}
        >
          {noteIn(verifyNote, lang)}
        </Alert>
      )}
      {edited && (
        <Alert
          color={edited.newVersion ? 'orange' : 'green'}
          variant="light"
          role="status"
          icon={edited.newVersion ? <IconGitCompare aria-hidden /> : <IconInfoCircle aria-hidden />}
          withCloseButton
          closeButtonLabel={t('dictionaryUi.common.cancel')}
          onClose={() => setEdited(null)}
          data-testid={edited.newVersion ? 'edit-new-version' : 'edit-saved'}
          styles={{ message: { color: 'var(--mantine-color-black)' } }}
        >
          {edited.newVersion
            ? t('dictionaryUi.dictionary.newVersion', { number: edited.versionNumber })
            : t('dictionaryUi.dictionary.saved', { number: edited.versionNumber })}
        </Alert>
      )}
      <ErrorAlert error={actionError} />
      {shown && !isLatest && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="old-version" role="note">
          <Text size="sm" c="black">
            {t('dictionaryUi.dictionary.oldVersion', { number: shown.number })}
          </Text>
        </Alert>
      )}
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('dictionaryUi.dictionary.readOnly')}
        </Text>
      )}
      {data.loaded && data.frameworkId && data.versionId && (
        <Tabs defaultValue="browse" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="browse">{t('dictionaryUi.dictionary.tabs.browse')}</Tabs.Tab>
            <Tabs.Tab value="diff">{t('dictionaryUi.dictionary.tabs.diff')}</Tabs.Tab>
            {canEdit && <Tabs.Tab value="exchange">{t('dictionaryUi.dictionary.tabs.exchange')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="browse" pt="md">
            <BrowsePanel
              frameworkId={data.frameworkId}
              snapshot={data.loaded.snapshot}
              editable={canEdit && isLatest}
              onEdited={onEdited}
              onError={setActionError}
            />
          </Tabs.Panel>
          <Tabs.Panel value="diff" pt="md">
            <DiffPanel key={data.versions.map((v) => v.id).join()} versions={data.versions} />
          </Tabs.Panel>
          {canEdit && (
            <Tabs.Panel value="exchange" pt="md">
              <ExchangePanel
                versionId={data.versionId}
                canEdit={canEdit}
                onImported={(r) => data.refresh(r.versionId, r.frameworkId)}
              />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
