import { Badge, Button, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessorProfileInput } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';
import type { AssessorView, BatchState } from './use-batch';
import { notify } from '../../components/notify';

const blank = (v: string) => (v.trim() === '' ? null : v.trim());

function AssessorRow({ a, inTeam, state }: { a: AssessorView; inTeam: boolean; state: BatchState }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(a.certificateNumber ?? '');
  const [level, setLevel] = useState(a.certificateLevel ?? '');
  const [expiry, setExpiry] = useState(a.certificateExpiry ?? '');
  const [unit, setUnit] = useState(a.unit ?? '');
  const [invalid, setInvalid] = useState(false);
  const label = (key: string) => `${t(`planning.assessors.${key}`)}: ${a.displayName}`;

  async function save() {
    const parsed = assessorProfileInput.safeParse({
      userId: a.userId,
      certificateNumber: blank(number),
      certificateLevel: blank(level),
      certificateExpiry: blank(expiry),
      unit: blank(unit),
    });
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    const done = await state.run(() => call('assessors.saveProfile', parsed.data));
    if (done) notify(t('planning.assessors.savedOf', { name: a.displayName }), 'green');
  }

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {a.displayName}{' '}
        {inTeam && (
          <Badge size="xs" variant="outline">
            {t('planning.assessors.inTeam')}
          </Badge>
        )}
      </Table.Th>
      <Table.Td>
        <TextInput
          aria-label={label('certificateNumber')}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={label('certificateLevel')}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={label('certificateExpiry')}
          value={expiry}
          error={invalid ? t('planning.common.dateFormat') : undefined}
          onChange={(e) => setExpiry(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput aria-label={label('unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          aria-label={t('planning.assessors.saveOf', { name: a.displayName })}
          onClick={() => void save()}
        >
          {t('planning.common.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Asesor: certificate number, level, expiry and home unit per assessor account (assessors.saveProfile). */
export function AssessorsTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  if (state.assessors.length === 0) return <Text>{t('planning.assessors.empty')}</Text>;
  const team = new Set(state.detail!.team.filter((m) => m.role === 'asesor').map((m) => m.userId));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid="assessor-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.assessors.name')}</Table.Th>
            <Table.Th scope="col">{t('planning.assessors.certificateNumber')}</Table.Th>
            <Table.Th scope="col">{t('planning.assessors.certificateLevel')}</Table.Th>
            <Table.Th scope="col">{t('planning.assessors.certificateExpiry')}</Table.Th>
            <Table.Th scope="col">{t('planning.assessors.unit')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('planning.people.col.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.assessors.map((a) => (
            <AssessorRow key={a.userId} a={a} inTeam={team.has(a.userId)} state={state} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
