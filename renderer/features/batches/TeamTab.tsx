import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import type { BatchState } from './use-batch';

type Role = (typeof TEAM_ROLES)[number];
type Member = { userId: string; role: Role };

/**
 * Tim: ketua tim, admin, asesor, narasumber. The whole team is saved at once (batches.setTeam).
 * Candidates are the office's active colleagues (users.staff: names and roles only).
 */
export function TeamTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const me = useAppStore((s) => s.status?.user);
  const [person, setPerson] = useState('');
  const [role, setRole] = useState<Role>('asesor');
  const detail = state.detail!;
  const editable = detail.status === 'planning';
  const team: Member[] = detail.team.map(({ userId, role: r }) => ({ userId, role: r }));
  const [staff, setStaff] = useState<{ id: string; displayName: string }[]>([]);
  useEffect(() => {
    void call('users.staff', {}).then((reply) => {
      if (reply.ok) setStaff(reply.value);
    });
  }, []);
  const names = new Map<string, string>(state.assessors.map((a) => [a.userId, a.displayName]));
  for (const s of staff) if (!names.has(s.id)) names.set(s.id, s.displayName);
  if (me) names.set(me.id, t('planning.team.you', { name: me.displayName }));
  for (const m of detail.team) if (!names.has(m.userId)) names.set(m.userId, m.displayName);
  const roleOptions = TEAM_ROLES.map((r) => ({ value: r, label: t(`planning.team.roles.${r}`) }));

  const save = (members: Member[]) => state.run(() => call('batches.setTeam', { batchId: detail.id, members }));

  return (
    <Stack gap="md">
      {team.length === 0 ? (
        <Text>{t('planning.team.empty')}</Text>
      ) : (
        <Table data-testid="team-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planning.team.person')}</Table.Th>
              <Table.Th scope="col">{t('planning.team.role')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('planning.people.col.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.map((m, i) => (
              <Table.Tr key={`${m.userId}-${m.role}`}>
                <Table.Td>{names.get(m.userId) ?? m.userId}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${t('planning.team.role')}: ${names.get(m.userId) ?? ''}`}
                    value={m.role}
                    data={roleOptions}
                    disabled={!editable}
                    onChange={(e) =>
                      void save(team.map((x, j) => (j === i ? { ...x, role: e.currentTarget.value as Role } : x)))
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    disabled={!editable}
                    aria-label={t('planning.team.remove', { name: names.get(m.userId) ?? '' })}
                    onClick={() => void save(team.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group
          align="flex-end"
          component="form"
          aria-label={t('planning.team.addMember')}
          onSubmit={(e) => {
            e.preventDefault();
            if (!person) return;
            void save([...team, { userId: person, role }]).then(() => setPerson(''));
          }}
        >
          <NativeSelect
            label={t('planning.team.person')}
            description={t('planning.team.candidatesHint')}
            value={person}
            onChange={(e) => setPerson(e.currentTarget.value)}
            data={[
              { value: '', label: t('planning.schedule.pick') },
              ...[...names].map(([value, label]) => ({ value, label })),
            ]}
            w={320}
          />
          <NativeSelect
            label={t('planning.team.role')}
            value={role}
            data={roleOptions}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
          />
          <Button type="submit" disabled={!person}>
            {t('planning.team.addMember')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
