import { SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../lib/form-errors';
import {
  addItem,
  GUIDE_LISTS,
  moveItem,
  removeItem,
  setItem,
  setMain,
  type GuideDraft,
  type GuideErrors,
  type GuideList,
  type Lang,
} from './guide-draft';
import { GuideTextList } from './GuideTextList';

/** The heading of each list: the interview runner's own words (scoringUi.guide.*). */
export const listTitleKey = (list: GuideList) => `scoringUi.guide.${list}`;

/** The fields of one competency's guide: the main question, then each list. */
export function GuideEditor({
  draft,
  errors,
  onChange,
}: {
  draft: GuideDraft;
  errors: GuideErrors;
  onChange(next: GuideDraft): void;
}) {
  const { t } = useTranslation();
  const main = t('scoringUi.guide.mainQuestion');
  const mainField = (lang: Lang) => (
    <Textarea
      key={lang}
      rows={3}
      resize="vertical"
      label={t('guidesUi.fieldLabel', {
        part: main,
        language: t(lang === 'id' ? 'guidesUi.textId' : 'guidesUi.textEn'),
      })}
      value={draft.mainQuestion[lang]}
      error={fieldErrorText(t, errors.get(`mainQuestion.${lang}`))}
      onChange={(e) => onChange(setMain(draft, lang, e.currentTarget.value))}
    />
  );
  return (
    <Stack gap="lg" data-testid="guide-editor">
      <Stack gap="xs" component="section" aria-labelledby="guide-main-heading">
        <Title order={4} size="h5" id="guide-main-heading">
          {main}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {mainField('id')}
          {mainField('en')}
        </SimpleGrid>
      </Stack>
      {GUIDE_LISTS.map((list) => (
        <GuideTextList
          key={list}
          list={list}
          title={t(listTitleKey(list))}
          items={draft.lists[list]}
          errors={errors}
          onText={(i, lang, text) => onChange(setItem(draft, list, i, lang, text))}
          onAdd={() => onChange(addItem(draft, list))}
          onRemove={(i) => onChange(removeItem(draft, list, i))}
          onMove={(from, to) => onChange(moveItem(draft, list, from, to))}
        />
      ))}
    </Stack>
  );
}
