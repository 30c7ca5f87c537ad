import { ActionIcon, Box, Group, Highlight, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RetiredBadge, TypeBadge } from './badges';
import { textOf, type CompetencyView } from './dictionary-model';

interface Props {
  tree: CompetencyView[];
  /** Nodes a search opened (every hit visible); the user's own toggles add to them. */
  searchOpen: Set<string>;
  query: string;
  selected: string | null;
  onSelect(idNumber: string): void;
}

const listStyle = { listStyle: 'none', margin: 0, paddingLeft: 0 } as const;

/**
 * Competency → levels → indicators as nested lists. Every row is reachable with Tab: a
 * disclosure button (aria-expanded) opens a branch, the competency's name selects it.
 */
export function CompetencyTree({ tree, searchOpen, query, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const isOpen = (id: string) => toggled.has(id) !== searchOpen.has(id);
  const toggle = (id: string) =>
    setToggled((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const lang = i18n.language;
  const hl = query.trim();

  const disclosure = (id: string, name: string, controls: string) => {
    const open = isOpen(id);
    return (
      <ActionIcon
        variant="subtle"
        color="gray.8"
        size="sm"
        onClick={() => toggle(id)}
        aria-expanded={open}
        aria-controls={open ? controls : undefined}
        aria-label={t(open ? 'dictionaryUi.dictionary.collapse' : 'dictionaryUi.dictionary.expand', { name })}
      >
        {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
      </ActionIcon>
    );
  };

  const branch = (id: string, children: ReactNode) =>
    isOpen(id) ? (
      <Box component="ul" id={`tree-${id}`} style={listStyle} pl={28}>
        {children}
      </Box>
    ) : null;

  return (
    <Box
      component="ul"
      style={listStyle}
      aria-label={t('dictionaryUi.dictionary.treeLabel')}
      data-testid="competency-tree"
    >
      {tree.map((c) => {
        const name = textOf(c.node.name, lang);
        const id = c.node.idNumber;
        return (
          <Box component="li" key={id} py={2} data-testid={`tree-${id}-item`}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              {disclosure(id, name, `tree-${id}`)}
              <UnstyledButton
                onClick={() => onSelect(id)}
                aria-current={selected === id ? 'true' : undefined}
                data-testid={`tree-competency-${id}`}
                px={6}
                py={2}
                style={{
                  borderRadius: 4,
                  flex: 1,
                  minWidth: 0,
                  background: selected === id ? 'var(--mantine-color-blue-0)' : undefined,
                  outlineOffset: 1,
                }}
              >
                <Group gap={6} wrap="wrap">
                  <Highlight highlight={hl} fw={selected === id ? 700 : 500} component="span">
                    {name}
                  </Highlight>
                  <TypeBadge type={c.node.competencyType} />
                  <RetiredBadge retired={c.node.retired} />
                </Group>
              </UnstyledButton>
            </Group>
            {branch(
              id,
              c.levels.map((l) => {
                const levelName = `${name} — ${t('dictionaryUi.common.level', { level: l.node.level ?? '' })}`;
                return (
                  <Box component="li" key={l.node.idNumber} py={2}>
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      {disclosure(l.node.idNumber, levelName, `tree-${l.node.idNumber}`)}
                      <Box style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} component="span">
                          {t('dictionaryUi.common.level', { level: l.node.level ?? '' })}
                        </Text>{' '}
                        <Highlight highlight={hl} size="sm" component="span" c="dimmed">
                          {textOf(l.node.description, lang)}
                        </Highlight>
                      </Box>
                    </Group>
                    {branch(
                      l.node.idNumber,
                      l.indicators.map((i) => (
                        <Box component="li" key={i.idNumber} py={2} pl={4}>
                          <Text size="sm" component="span" fw={600}>
                            {textOf(i.name, lang)}
                          </Text>{' '}
                          <Highlight highlight={hl} size="sm" component="span">
                            {textOf(i.description, lang)}
                          </Highlight>
                          {i.retired && <RetiredBadge retired />}
                        </Box>
                      )),
                    )}
                  </Box>
                );
              }),
            )}
          </Box>
        );
      })}
    </Box>
  );
}
