import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuideText, InterviewGuide } from '../../../shared/schemas/interview-guide';
import { GUIDE_LISTS, toDraft } from './guide-draft';
import { listTitleKey } from './GuideEditor';

/** Both languages of a line: the one in use first, the other dimmed beneath. */
function Bilingual({ text }: { text: GuideText }) {
  const { i18n } = useTranslation();
  const [first, second] = i18n.language === 'en' ? [text.en, text.id] : [text.id, text.en];
  return (
    <>
      <Text size="sm" span>
        {first}
      </Text>
      <Text size="xs" c="dimmed">
        {second}
      </Text>
    </>
  );
}

/** One competency's guide, read-only (a closed batch, or a user who may not edit). */
export function GuideView({ guide }: { guide: InterviewGuide }) {
  const { t } = useTranslation();
  const lists = toDraft(guide).lists;
  return (
    <Stack gap="md" data-testid="guide-view">
      <div>
        <Title order={4} size="h5">
          {t('scoringUi.guide.mainQuestion')}
        </Title>
        <Bilingual text={guide.mainQuestion} />
      </div>
      {GUIDE_LISTS.map((list) => (
        <div key={list}>
          <Title order={4} size="h5">
            {t(listTitleKey(list))}
          </Title>
          <List size="sm" spacing={4}>
            {lists[list].map((item, i) => (
              // Read-only: the position is a stable key.
              <List.Item key={i}>
                <Bilingual text={item} />
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
