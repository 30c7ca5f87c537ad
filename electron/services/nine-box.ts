import { DEFAULT_POTENTIAL_BANDS, inTalentPool, nineBox, potentialBand, potentialScore, type Box, type Kinerja, type PotentialBands } from '../../shared/domain/nine-box';
import { translate } from '../../shared/i18n/translate';
import type { ResultView } from '../../shared/schemas/results';
import type { Db } from '../db/connection';
import { batchResults, findResult, toResultView, type ResultJoined } from '../repositories/result';
import { updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { invalidField, refusal } from './refusal';
import { getSetting, setSetting } from './settings';

const BANDS_KEY = 'talent.potentialBands';
const actor = (ctx: ServiceContext) => ctx.session.user?.id ?? null;

/** Bands and potensi weight of the potential axis (domain.md §3.3), configurable per office. */
export function potentialBands(db: Db): PotentialBands {
  return { ...DEFAULT_POTENTIAL_BANDS, ...getSetting<Partial<PotentialBands>>(db, BANDS_KEY, {}) };
}

/** Band and box of one stored result with the given kinerja and potensi. */
function placement(db: Db, r: Pick<ResultJoined, 'jpm'>, kinerja: Kinerja | null, potensi: number | null) {
  const bands = potentialBands(db);
  const band = potentialBand(potentialScore(r.jpm, potensi, bands), bands);
  return { potential_band: band, nine_box: kinerja ? nineBox(kinerja, band) : null };
}

/** Changes the bands and re-places every live result, so the map always follows the setting. */
export function setPotentialBands(ctx: ServiceContext, bands: PotentialBands): PotentialBands {
  if (!(bands.tinggi > bands.menengah)) throw invalidField('tinggi', 'results.bandOrder');
  return ctx.db.transaction(() => {
    const before = potentialBands(ctx.db);
    setSetting(ctx.db, BANDS_KEY, bands);
    const rows = ctx.db.prepare('SELECT id, jpm, kinerja, potensi_score, potential_band, nine_box FROM result WHERE deleted_at IS NULL').all() as ResultJoined[];
    for (const r of rows) {
      const next = placement(ctx.db, r, r.kinerja, r.potensi_score);
      if (next.potential_band !== r.potential_band || next.nine_box !== r.nine_box) updateRow(ctx.db, 'result', r.id, next);
    }
    appendAudit(ctx.db, { actorId: actor(ctx), action: 'update', entity: 'setting', entityId: BANDS_KEY, oldValue: before, newValue: bands });
    return bands;
  })();
}

/** Kinerja (and optionally potensi) of one participant; returns the re-placed result. */
export function setPerformance(ctx: ServiceContext, input: { batchId: string; participantId: string; kinerja: Kinerja | null; potensiScore?: number | null }): ResultView {
  return ctx.db.transaction(() => {
    requireBatch(ctx, input.batchId);
    const r = findResult(ctx.db, input.batchId, input.participantId);
    if (!r) throw refusal('results.noResult');
    applyPerformance(ctx, r, input.kinerja, input.potensiScore === undefined ? r.potensi_score : input.potensiScore);
    return toResultView(findResult(ctx.db, input.batchId, input.participantId)!, new Date().toISOString().slice(0, 10));
  })();
}

function applyPerformance(ctx: ServiceContext, r: ResultJoined, kinerja: Kinerja | null, potensi: number | null): boolean {
  if (r.kinerja === kinerja && r.potensi_score === potensi) return false;
  updateRow(ctx.db, 'result', r.id, { kinerja, potensi_score: potensi, ...placement(ctx.db, r, kinerja, potensi) });
  appendAudit(ctx.db, {
    actorId: actor(ctx),
    action: 'performance',
    entity: 'result',
    entityId: r.id,
    oldValue: { kinerja: r.kinerja, potensiScore: r.potensi_score, nineBox: r.nine_box },
    newValue: { kinerja, potensiScore: potensi },
  });
  return true;
}

/** Applies parsed performance rows (all or nothing: any problem and nothing is written). */
export function applyPerformanceRows(
  ctx: ServiceContext,
  batchId: string,
  rows: { row: number; nip: string; kinerja: Kinerja; potensi: number | null | undefined }[],
): { updated: number; unchanged: number } {
  return ctx.db.transaction(() => {
    const byNip = new Map(batchResults(ctx.db, batchId).map((r) => [r.nip, r]));
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const r = byNip.get(row.nip)!;
      if (applyPerformance(ctx, r, row.kinerja, row.potensi === undefined ? r.potensi_score : row.potensi)) updated++;
      else unchanged++;
    }
    return { updated, unchanged };
  })();
}

export function followUp(box: number): { id: string; en: string } {
  return { id: translate('id', `results.followUp.box${box}`), en: translate('en', `results.followUp.box${box}`) };
}

/** Boxes 7–9: candidates for the succession group, best box first. */
export function talentPool(ctx: ServiceContext, batchId: string) {
  requireBatch(ctx, batchId);
  const day = new Date().toISOString().slice(0, 10);
  return batchResults(ctx.db, batchId)
    .filter((r) => r.nine_box !== null && inTalentPool(r.nine_box as Box))
    .sort((a, b) => b.nine_box! - a.nine_box! || b.jpm - a.jpm)
    .map((r) => ({ ...toResultView(r, day), followUp: followUp(r.nine_box!) }));
}
