import { ActionIcon, Box, Group, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/domain/nip';
import type { Participant } from '../../../shared/schemas/participant';
import type { ParticipantPages } from './use-participant-search';
import { fullName } from './participant-format';

export const ROW_HEIGHT = 44;
const COLUMNS = '230px minmax(180px, 1.4fr) 110px minmax(140px, 1fr) minmax(140px, 1fr) 110px';
const VIEWPORT = 520;

/**
 * The registry as an ARIA table whose body is virtualised (@tanstack/react-virtual): only the
 * rows in view (plus a few) exist in the DOM, so 50,000 rows scroll smoothly. aria-rowcount and
 * aria-rowindex tell assistive tech the real size and position.
 */
export function ParticipantList({
  pages,
  onEdit,
  onDelete,
}: {
  pages: ParticipantPages;
  onEdit: (p: Participant) => void;
  onDelete: (p: Participant) => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  // The React Compiler skips this component (TanStack Virtual returns fresh functions by design).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: VIEWPORT },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = pages;
  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, ensureRange]);

  const cell = { padding: '0 8px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' } as const;
  return (
    <Box
      role="table"
      aria-label={t('planning.people.listLabel')}
      aria-rowcount={count + 1}
      data-testid="participant-list"
    >
      <Box
        role="row"
        aria-rowindex={1}
        style={{ display: 'grid', gridTemplateColumns: COLUMNS, alignItems: 'center', height: 40, fontWeight: 600 }}
        bg="gray.1"
      >
        {(['nip', 'name', 'golongan', 'jabatan', 'unit', 'actions'] as const).map((c) => (
          <Box role="columnheader" key={c} style={cell}>
            {t(`planning.people.col.${c}`)}
          </Box>
        ))}
      </Box>
      <Box
        ref={scroller}
        tabIndex={0}
        role="rowgroup"
        aria-label={t('planning.people.listLabel')}
        style={{
          // A short result does not leave a tall empty box; a long one scrolls inside 520 px.
          height: Math.min(VIEWPORT, count * ROW_HEIGHT + 1),
          overflowY: 'auto',
          position: 'relative',
          borderBottom: '1px solid var(--mantine-color-gray-3)',
        }}
        data-testid="participant-scroller"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const p = pages.rowAt(item.index);
            return (
              <Box
                role="row"
                aria-rowindex={item.index + 2}
                key={item.key}
                data-testid="participant-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  alignItems: 'center',
                  borderTop: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                {p ? (
                  <>
                    <Box role="cell" style={{ ...cell, fontVariantNumeric: 'tabular-nums' }}>
                      {formatNip(p.nip)}
                    </Box>
                    <Box role="cell" style={cell} title={fullName(p)}>
                      {fullName(p)}
                    </Box>
                    <Box role="cell" style={cell}>
                      {p.golongan ?? ''}
                    </Box>
                    <Box role="cell" style={cell} title={p.jabatan ?? undefined}>
                      {p.jabatan ?? ''}
                    </Box>
                    <Box role="cell" style={cell} title={p.unit ?? undefined}>
                      {p.unit ?? ''}
                    </Box>
                    <Box role="cell" style={cell}>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('planning.people.editOf', { name: p.name })}
                          onClick={() => onEdit(p)}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red.8"
                          aria-label={t('planning.people.deleteOf', { name: p.name })}
                          onClick={() => onDelete(p)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Box>
                  </>
                ) : (
                  <Box role="cell" style={{ ...cell, gridColumn: '1 / -1' }}>
                    <Text size="sm" c="dimmed">
                      {t('planning.people.loadingRow', { row: item.index + 1 })}
                    </Text>
                  </Box>
                )}
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
