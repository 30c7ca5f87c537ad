import { Badge, Group, Image, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { profileChartSvg } from '../../../shared/charts/profile-chart';
import type { ResultsMatrix } from '../../../shared/schemas/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { formatNumber, lang, signed } from './gap-tone';

type Profile = ChannelOutput<'results.profile'>;

/** One participant's profile: the same SVG chart as the PDFs, the levels table and the validity. */
export function ProfilePanel({ matrix }: { matrix: ResultsMatrix }) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const [participantId, setParticipantId] = useState<string | null>(matrix.rows[0]?.participantId ?? null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  useEffect(() => {
    if (!participantId) return;
    let live = true;
    void call('results.profile', { batchId: matrix.batchId, participantId }).then((reply) => {
      if (!live) return;
      setProfile(reply.ok ? reply.value : null);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      live = false;
    };
  }, [matrix.batchId, participantId]);

  const src = useMemo(() => {
    if (!profile) return null;
    const svg = profileChartSvg(
      profile.rows.map((r) => ({ label: r.label[l], required: r.required, achieved: r.achieved })),
      { width: 640, legend: { required: t('resultsUi.profile.required'), achieved: t('resultsUi.profile.achieved') } },
    );
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [profile, l, t]);

  const r = profile?.result;
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('resultsUi.profile.pick')}
        data={matrix.rows.map((row) => ({
          value: row.participantId,
          label: `${row.number}. ${row.name} (${row.nip})`,
        }))}
        value={participantId ?? ''}
        onChange={(e) => setParticipantId(e.currentTarget.value || null)}
        maw={520}
      />
      <ErrorAlert error={error} />
      {r && (
        <Stack gap="sm" data-testid="profile">
          <Group gap="sm">
            <Text fw={600}>{r.name}</Text>
            <Text>
              {t('resultsUi.profile.jpmLine', {
                jpm: formatNumber(r.jpm, l),
                ikk: formatNumber(r.ikk, l),
                category: t(`resultsUi.category.${r.category}`),
              })}
            </Text>
          </Group>
          <Group gap="sm">
            <Text size="sm">{t('resultsUi.profile.assessedOn', { date: r.assessedOn })}</Text>
            <Text size="sm">{t('resultsUi.profile.validUntil', { date: r.validUntil })}</Text>
            <Badge color={r.expired ? '#b02a2a' : '#1c7c54'} data-testid="validity">
              {r.expired ? t('resultsUi.profile.expired') : t('resultsUi.profile.valid')}
            </Badge>
          </Group>
          {src && (
            <Image src={src} alt={t('resultsUi.profile.chartAlt', { name: r.name })} w={640} maw="100%" fit="contain" />
          )}
          <Table maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('resultsUi.summary.competency')}</Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('resultsUi.profile.required')}
                </Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('resultsUi.profile.achieved')}
                </Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('resultsUi.profile.gap')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.rows.map((row) => (
                <Table.Tr key={row.competency}>
                  <Table.Td>{row.label[l]}</Table.Td>
                  <Table.Td ta="center">{row.required}</Table.Td>
                  <Table.Td ta="center">{row.achieved}</Table.Td>
                  <Table.Td ta="center">{signed(row.gap)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
