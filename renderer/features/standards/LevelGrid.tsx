import { Box, NumberInput, Text, UnstyledButton } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCY_TYPES, type FrameworkNode } from '../../../shared/schemas/framework';
import { TypeBadge } from '../dictionary/badges';
import { textOf } from '../dictionary/dictionary-model';

export interface Cell {
  /** null = not required. */
  level: number | null;
  weight: number | null;
}
export type GridValue = Record<string, Cell>;

const OPTIONS = [null, 1, 2, 3, 4, 5] as const;
const COLUMNS = 'minmax(180px, 1fr) 70px repeat(6, 44px) 96px';

interface Props {
  competencies: FrameworkNode[];
  value: GridValue;
  /** The jenjang's default level for managerial and socio-cultural competencies. */
  defaultLevel: number | null;
  onChange(competency: string, cell: Cell): void;
}

/**
 * Competencies × required level. Each row is a radio group (one tab stop, arrow keys move
 * and select, Home/End jump), as the WAI-ARIA radio group pattern asks; "—" = not required.
 */
export function LevelGrid({ competencies, value, defaultLevel, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const refs = useRef<Record<string, HTMLElement | null>>({});
  const lang = i18n.language;

  const select = (id: string, level: number | null, focus = false) => {
    onChange(id, { level, weight: level === null ? null : (value[id]?.weight ?? null) });
    if (focus) refs.current[`${id}:${level ?? 0}`]?.focus();
  };
  const onKey = (id: string, current: number | null) => (e: KeyboardEvent) => {
    const i = OPTIONS.indexOf(current as (typeof OPTIONS)[number]);
    let next: number | null | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = OPTIONS[(i + 1) % OPTIONS.length];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = OPTIONS[(i - 1 + OPTIONS.length) % OPTIONS.length];
    else if (e.key === 'Home') next = OPTIONS[0];
    else if (e.key === 'End') next = OPTIONS[OPTIONS.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    select(id, next, true);
  };

  const header = (
    <Box style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 4 }} aria-hidden px={4}>
      <Text size="xs" fw={700} c="dimmed">
        {t('dictionaryUi.standards.competency')}
      </Text>
      <Text size="xs" fw={700} c="dimmed" ta="center">
        {t('dictionaryUi.standards.defaultLevel')}
      </Text>
      {OPTIONS.map((o) => (
        <Text key={o ?? 0} size="xs" fw={700} c="dimmed" ta="center">
          {o ?? '—'}
        </Text>
      ))}
      <Text size="xs" fw={700} c="dimmed">
        {t('dictionaryUi.standards.weight')}
      </Text>
    </Box>
  );

  return (
    <Box style={{ overflowX: 'auto' }} data-testid="level-grid">
      <Box miw={640}>
        {header}
        {COMPETENCY_TYPES.map((type) => {
          const rows = competencies.filter((c) => c.competencyType === type);
          if (rows.length === 0) return null;
          return (
            <Box key={type} mt="sm" role="group" aria-label={t(`dictionaryUi.types.${type}`)}>
              <TypeBadge type={type} />
              {rows.map((c) => {
                const id = c.idNumber;
                const name = textOf(c.name, lang);
                const cell = value[id] ?? { level: null, weight: null };
                const rowDefault = type === 'teknis' ? null : defaultLevel;
                const labelId = `grid-${id}`;
                return (
                  <Box
                    key={id}
                    style={{
                      display: 'grid',
                      gridTemplateColumns: COLUMNS,
                      gap: 4,
                      alignItems: 'center',
                      borderBottom: '1px solid var(--mantine-color-gray-3)',
                    }}
                    py={4}
                    px={4}
                    data-testid={`grid-row-${id}`}
                  >
                    <Text size="sm" id={labelId} fw={500}>
                      {name}
                    </Text>
                    <Text
                      size="sm"
                      ta="center"
                      data-testid={`grid-default-${id}`}
                      aria-label={t('dictionaryUi.standards.defaultLevelOf', {
                        level: rowDefault ?? t('dictionaryUi.standards.noDefault'),
                      })}
                    >
                      {rowDefault ?? '—'}
                    </Text>
                    <Box role="radiogroup" aria-labelledby={labelId} style={{ display: 'contents' }}>
                      {OPTIONS.map((o) => {
                        const checked = cell.level === o;
                        const isDefault = o !== null && o === rowDefault;
                        return (
                          <UnstyledButton
                            key={o ?? 0}
                            ref={(el: HTMLButtonElement | null) => {
                              refs.current[`${id}:${o ?? 0}`] = el;
                            }}
                            role="radio"
                            aria-checked={checked}
                            aria-label={
                              o === null
                                ? t('dictionaryUi.standards.notRequired')
                                : t('dictionaryUi.standards.required', { level: o })
                            }
                            tabIndex={checked ? 0 : -1}
                            onClick={() => select(id, o)}
                            onKeyDown={onKey(id, cell.level)}
                            data-testid={`cell-${id}-${o ?? 0}`}
                            style={{
                              height: 32,
                              borderRadius: 4,
                              textAlign: 'center',
                              fontWeight: 700,
                              fontSize: 14,
                              background: checked ? 'var(--mantine-color-blue-9)' : 'var(--mantine-color-white)',
                              color: checked ? 'var(--mantine-color-white)' : 'var(--mantine-color-gray-9)',
                              border: isDefault
                                ? '2px dashed var(--mantine-color-blue-9)'
                                : '1px solid var(--mantine-color-gray-5)',
                            }}
                          >
                            {o ?? '—'}
                          </UnstyledButton>
                        );
                      })}
                    </Box>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={100}
                      allowNegative={false}
                      hideControls
                      aria-label={t('dictionaryUi.standards.weightOf', { name })}
                      disabled={cell.level === null}
                      value={cell.weight ?? ''}
                      onChange={(v) => onChange(id, { level: cell.level, weight: typeof v === 'number' ? v : null })}
                    />
                  </Box>
                );
              })}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
