import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../lib/form-errors';
import { itemPath, listPath, type DraftItem, type GuideErrors, type GuideList, type Lang } from './guide-draft';

const LANGS: readonly Lang[] = ['id', 'en'];

const MOVES = [
  { el: 'up', step: -1, Icon: IconArrowUp, label: 'guidesUi.moveUp' },
  { el: 'down', step: 1, Icon: IconArrowDown, label: 'guidesUi.moveDown' },
] as const;

/** Where the keyboard goes after a change that removes or moves the focused control. */
type FocusAfter = { key: string; el: 'up' | 'down' | 'text' } | { key: null; el: 'add' | 'new-line' };

interface Props {
  list: GuideList;
  title: string;
  items: readonly DraftItem[];
  errors: GuideErrors;
  onText(index: number, lang: Lang, text: string): void;
  onAdd(): void;
  onRemove(index: number): void;
  onMove(from: number, to: number): void;
}

/**
 * One list of the guide (a STAR part, the look-fors or the red flags): each line in Indonesian
 * and English, moved with the arrow buttons, removed (down to one) and added. Every control is a
 * real button or field, so Tab and Enter/Space do everything the mouse does.
 */
export function GuideTextList({ list, title, items, errors, onText, onAdd, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  const headingId = `guide-list-${list}`;
  const listError = errors.get(listPath(list));
  const controls = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  // Every such change also changes `items`, so the request is served after that render.
  const focusRequest = useRef<FocusAfter | null>(null);
  const setFocusAfter = (f: FocusAfter) => {
    focusRequest.current = f;
  };

  useEffect(() => {
    const focusAfter = focusRequest.current;
    if (!focusAfter) return;
    focusRequest.current = null;
    const last = items[items.length - 1];
    const el =
      focusAfter.key !== null
        ? controls.current.get(`${focusAfter.key}:${focusAfter.el}`)
        : focusAfter.el === 'add'
          ? addButton.current
          : last && controls.current.get(`${last.key}:text`);
    // A moved row's arrow may now be disabled (top or bottom): fall back to its other arrow.
    const other =
      focusAfter.key === null
        ? undefined
        : controls.current.get(`${focusAfter.key}:${focusAfter.el === 'up' ? 'down' : 'up'}`);
    const target = el && !(el as HTMLButtonElement).disabled ? el : other;
    target?.focus();
  }, [items]);

  const bind = (key: string, el: string) => (node: HTMLElement | null) => {
    if (node) controls.current.set(`${key}:${el}`, node);
    else controls.current.delete(`${key}:${el}`);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid={`guide-list-${list}`}>
      <Title order={4} size="h5" id={headingId}>
        {title}
      </Title>
      {listError && (
        <Text size="sm" c="red.9">
          {fieldErrorText(t, listError)}
        </Text>
      )}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <Paper key={item.key} component="li" withBorder p="xs">
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600} w={20} pt={6} aria-hidden>
                  {n}.
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
                  {LANGS.map((lang) => (
                    <Textarea
                      key={lang}
                      ref={lang === 'id' ? bind(item.key, 'text') : undefined}
                      size="sm"
                      rows={3}
                      resize="vertical"
                      label={t('guidesUi.itemLabel', {
                        list: title,
                        n,
                        language: t(lang === 'id' ? 'guidesUi.textId' : 'guidesUi.textEn'),
                      })}
                      labelProps={{ className: 'visually-hidden' }}
                      placeholder={t(lang === 'id' ? 'guidesUi.textId' : 'guidesUi.textEn')}
                      value={item[lang]}
                      error={fieldErrorText(t, errors.get(itemPath(list, i, lang)))}
                      onChange={(e) => onText(i, lang, e.currentTarget.value)}
                    />
                  ))}
                </SimpleGrid>
                <Group gap={2} wrap="nowrap">
                  {MOVES.map(({ el, step, Icon, label }) => (
                    <ActionIcon
                      key={el}
                      variant="subtle"
                      disabled={!items[i + step]}
                      ref={bind(item.key, el)}
                      onClick={() => {
                        onMove(i, i + step);
                        setFocusAfter({ key: item.key, el });
                      }}
                      aria-label={t(label, { n, list: title })}
                    >
                      <Icon size={16} aria-hidden />
                    </ActionIcon>
                  ))}
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    disabled={items.length <= 1}
                    title={items.length <= 1 ? t('guidesUi.oneLeft') : undefined}
                    onClick={() => {
                      onRemove(i);
                      const neighbour = items[i + 1] ?? items[i - 1];
                      setFocusAfter(neighbour ? { key: neighbour.key, el: 'text' } : { key: null, el: 'add' });
                    }}
                    aria-label={t('guidesUi.remove', { n, list: title })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Group>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          ref={addButton}
          onClick={() => {
            onAdd();
            // The new line gets the cursor in its Indonesian text.
            setFocusAfter({ key: null, el: 'new-line' });
          }}
          aria-label={t('guidesUi.addLabel', { list: title })}
        >
          {t('guidesUi.add')}
        </Button>
      </Group>
    </Stack>
  );
}
