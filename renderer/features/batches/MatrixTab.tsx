import { Checkbox, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_EXERCISES_PER_COMPETENCY } from '../../../shared/domain/planning';
import { call } from '../../lib/api';
import { useNameBook } from './name-book';
import type { BatchState } from './use-batch';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Matriks: competency (rows, from the batch's standard) × exercise (columns). Each tick is saved
 * at once with exercises.setCompetencies (the full list for that exercise, in standard order).
 * Every cell is a real checkbox (Tab/Space), and the arrow keys move between cells.
 */
export function MatrixTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const names = useNameBook(state);
  const detail = state.detail!;
  const editable = detail.status === 'planning';
  // Ticks shown at once while their save is under way; saves run one after another so a quick
  // second tick can never reach the main side before the first (each sends the whole list).
  const [pending, setPending] = useState<Map<string, string[]>>(new Map());
  const latest = useRef(pending);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const codes = detail.competencies.map((c) => c.code);
  const listOf = (exerciseId: string) =>
    pending.get(exerciseId) ?? detail.exercises.find((e) => e.id === exerciseId)?.competencies ?? [];

  function setLatest(next: Map<string, string[]>) {
    latest.current = next;
    setPending(next);
  }

  function toggle(exerciseId: string, code: string, on: boolean) {
    const base =
      latest.current.get(exerciseId) ?? detail.exercises.find((e) => e.id === exerciseId)?.competencies ?? [];
    const current = new Set(base);
    if (on) current.add(code);
    else current.delete(code);
    const next = codes.filter((c) => current.has(c));
    setLatest(new Map(latest.current).set(exerciseId, next));
    queue.current = queue.current.then(async () => {
      await state.run(() => call('exercises.setCompetencies', { exerciseId, competencies: next }));
      if (latest.current.get(exerciseId) === next) {
        const copy = new Map(latest.current);
        copy.delete(exerciseId);
        setLatest(copy);
      }
    });
  }

  function move(e: KeyboardEvent<HTMLTableElement>) {
    const step = MOVES[e.key];
    const target = e.target as HTMLElement;
    if (!step || target.dataset.row === undefined) return;
    const row = Number(target.dataset.row) + step[0];
    const col = Number(target.dataset.col) + step[1];
    const next = e.currentTarget.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  if (detail.exercises.length === 0) return <Text>{t('planning.matrix.noExercises')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" id="matrix-hint">
        {t('planning.matrix.hint')}
      </Text>
      <ScrollArea type="auto">
        <Table withColumnBorders data-testid="matrix" onKeyDown={move} aria-describedby="matrix-hint">
          <Table.Caption className="visually-hidden">{t('planning.matrix.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planning.matrix.competency')}</Table.Th>
              {detail.exercises.map((ex) => (
                <Table.Th scope="col" key={ex.id} ta="center">
                  {ex.name}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="center" style={{ whiteSpace: 'nowrap' }}>
                {t('planning.matrix.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.competencies.map((c, r) => {
              const name = names.competency(c.code);
              const covered = detail.exercises.filter((ex) => listOf(ex.id).includes(c.code)).length;
              return (
                <Table.Tr key={c.code}>
                  <Table.Th scope="row" fw={500}>
                    {name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({c.code}, {t('planning.matrix.required', { level: c.level })})
                    </Text>
                  </Table.Th>
                  {detail.exercises.map((ex, col) => (
                    <Table.Td key={ex.id} ta="center">
                      <Checkbox
                        styles={{ body: { justifyContent: 'center' } }}
                        aria-label={t('planning.matrix.cell', { competency: name, exercise: ex.name })}
                        checked={listOf(ex.id).includes(c.code)}
                        disabled={!editable}
                        data-row={r}
                        data-col={col}
                        onChange={(e) => toggle(ex.id, c.code, e.currentTarget.checked)}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="center">
                    <Text
                      size="sm"
                      fw={600}
                      style={{ whiteSpace: 'nowrap' }}
                      c={covered >= MIN_EXERCISES_PER_COMPETENCY ? '#1d6b2f' : '#a63c06'}
                      data-testid="coverage"
                    >
                      {covered < MIN_EXERCISES_PER_COMPETENCY && '⚠ '}
                      {t('planning.matrix.covered', { count: covered })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
