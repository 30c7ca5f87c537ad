import { core } from './messages/core';
import { desktop } from './messages/desktop';
import { documents } from './messages/documents';
import { dictionary } from './messages/dictionary';
import { dictionaryUi } from './messages/dictionary-ui';
import { exchange } from './messages/exchange';
import { exchangeUi } from './messages/exchange-ui';
import { guidesUi } from './messages/guides-ui';
import { participants } from './messages/participants';
import { planningUi } from './messages/planning-ui';
import { pdf } from './messages/pdf';
import { printouts } from './messages/printouts';
import { privacy } from './messages/privacy';
import { scoring } from './messages/scoring';
import { scoringUi } from './messages/scoring-ui';
import { refusals } from './messages/refusals';
import { reports } from './messages/reports';
import { results } from './messages/results';
import { resultsUi } from './messages/results-ui';
import { settingsUi } from './messages/settings-ui';
import { shell } from './messages/shell';

/**
 * The id and en catalogues, assembled from one file per feature in messages/. Add a feature's
 * messages by spreading them into both objects below; keys are namespaced by feature.
 */
export const catalogues = {
  id: {
    ...core.id,
    shell: shell.id,
    dictionary: dictionary.id,
    dictionaryUi: dictionaryUi.id,
    desktop: desktop.id,
    documents: documents.id,
    pdf: pdf.id,
    printouts: printouts.id,
    privacy: privacy.id,
    refusals: refusals.id,
    reports: reports.id,
    results: results.id,
    resultsUi: resultsUi.id,
    participants: participants.id,
    planning: planningUi.id,
    scoring: scoring.id,
    scoringUi: scoringUi.id,
    guidesUi: guidesUi.id,
    exchange: exchange.id,
    exchangeUi: exchangeUi.id,
    settingsUi: settingsUi.id,
  },
  en: {
    ...core.en,
    shell: shell.en,
    dictionary: dictionary.en,
    dictionaryUi: dictionaryUi.en,
    desktop: desktop.en,
    documents: documents.en,
    pdf: pdf.en,
    printouts: printouts.en,
    privacy: privacy.en,
    refusals: refusals.en,
    reports: reports.en,
    results: results.en,
    resultsUi: resultsUi.en,
    participants: participants.en,
    planning: planningUi.en,
    scoring: scoring.en,
    scoringUi: scoringUi.en,
    guidesUi: guidesUi.en,
    exchange: exchange.en,
    exchangeUi: exchangeUi.en,
    settingsUi: settingsUi.en,
  },
} as const;
