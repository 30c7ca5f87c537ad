import { findScoringRule } from '../../shared/domain/scoring-rule';
import { computeJpm, type BatchPurpose } from '../../shared/domain/jpm';
import { translate } from '../../shared/i18n/translate';
import { resultsToCsv, resultsToXlsx, type ResultsTable } from '../codecs/results-table';
import { batchStandard } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { getLanguage } from './settings';

const hasTable = (ctx: ServiceContext, name: string) =>
  ctx.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/**
 * The batch's results table. Levels are the integration meeting's final levels. JPM, category
 * and nine-box come from the stored result (issue 6) when the participant has one; without it,
 * JPM and category are computed with the batch's own scoring rule once every required
 * competency is decided, and nine-box stays empty. Tables this database lacks are named in `missing`.
 */
export function buildResultsTable(
  ctx: ServiceContext,
  batchId: string,
): { table: ResultsTable; missing: string[]; batchName: string } {
  const batch = ctx.db
    .prepare('SELECT name, purpose, scoring_rule_version FROM batch WHERE id = ? AND deleted_at IS NULL')
    .get(batchId) as { name: string; purpose: BatchPurpose; scoring_rule_version: string } | undefined;
  if (!batch) throw new AppError('NOT_FOUND');
  const lang = getLanguage(ctx.db);
  const t = (k: string) => translate(lang, `exchange.results.${k}`);
  const standard = batchStandard(ctx.db, batchId);
  const competencies = standard.requirements.map((r) => r.competency);
  const rule = findScoringRule(batch.scoring_rule_version);
  const missing: string[] = [];
  const decisions = hasTable(ctx, 'integration_decision');
  const stored = hasTable(ctx, 'result')
    ? ctx.db.prepare(
        'SELECT jpm, category, nine_box FROM result WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL',
      )
    : null;
  if (!stored) missing.push('result');
  if (!decisions) missing.push('integration_decision');
  if (!rule) missing.push(`scoring rule ${batch.scoring_rule_version}`);
  const people = ctx.db
    .prepare(
      `SELECT p.id, p.nip, p.name FROM batch_participant bp JOIN participant p ON p.id = bp.participant_id
       WHERE bp.batch_id = ? AND bp.deleted_at IS NULL ORDER BY bp.number, p.name`,
    )
    .all(batchId) as { id: string; nip: string; name: string }[];
  const levelOf = decisions
    ? ctx.db
        .prepare(
          'SELECT final_level FROM integration_decision WHERE batch_id = ? AND participant_id = ? AND competency = ? AND deleted_at IS NULL',
        )
        .pluck()
    : null;
  const rows = people.map((p) => {
    const levels = competencies.map((c) =>
      levelOf ? ((levelOf.get(batchId, p.id, c) as number | undefined) ?? null) : null,
    );
    const saved = stored?.get(batchId, p.id) as { jpm: number; category: string; nine_box: number | null } | undefined;
    if (saved)
      return {
        nip: p.nip,
        name: p.name,
        levels,
        jpm: saved.jpm,
        category: saved.category,
        nineBox: saved.nine_box === null ? null : String(saved.nine_box),
      };
    let jpm: number | null = null;
    let category: string | null = null;
    if (rule && levels.every((l) => l !== null) && levels.length > 0) {
      const result = computeJpm(
        standard.requirements.map((r, i) => ({
          competency: r.competency,
          required: r.level,
          achieved: levels[i]!,
          weight: r.weight ?? undefined,
        })),
        batch.purpose,
        rule,
      );
      jpm = result.jpm;
      category = result.category;
    }
    return { nip: p.nip, name: p.name, levels, jpm, category, nineBox: null };
  });
  return {
    table: {
      headers: { nip: t('nip'), name: t('name'), jpm: t('jpm'), category: t('category'), nineBox: t('nineBox') },
      competencies,
      rows,
    },
    missing,
    batchName: batch.name,
  };
}

export async function resultsTableFile(ctx: ServiceContext, batchId: string, format: 'csv' | 'xlsx') {
  const { table, missing, batchName } = buildResultsTable(ctx, batchId);
  const base = `hasil-${batchName}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
  const bytes =
    format === 'csv'
      ? resultsToCsv(table)
      : await resultsToXlsx(table, translate(getLanguage(ctx.db), 'exchange.results.sheet'));
  return { fileName: `${base}.${format}`, bytes, missing };
}
