import type { PotentialBands } from '../../shared/domain/nine-box';
import { DEVELOPMENT_FORMS } from '../../shared/domain/development';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { fieldProblem } from './refusal';
import { JP_TABLE_KEY, jpTable } from './idp-plan';
import { potentialBands, setPotentialBands } from './nine-box';
import { setSetting } from './settings';

/** The office's potential bands and JP conversion table (domain.md §3.3, §4.2). */
export function resultSettings(ctx: ServiceContext) {
  return { bands: potentialBands(ctx.db), jpTable: jpTable(ctx.db) };
}

export function saveResultSettings(ctx: ServiceContext, input: { bands?: PotentialBands; jpTable?: Record<string, number> }) {
  ctx.db.transaction(() => {
    if (input.bands) setPotentialBands(ctx, input.bands);
    if (input.jpTable) {
      const unknown = Object.keys(input.jpTable).filter((code) => !DEVELOPMENT_FORMS.some((f) => f.code === code));
      if (unknown.length) throw new AppError('VALIDATION', {}, unknown.map((code) => fieldProblem(`jpTable.${code}`, 'results.unknownForm')));
      const before = jpTable(ctx.db);
      setSetting(ctx.db, JP_TABLE_KEY, { ...before, ...input.jpTable });
      appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'update', entity: 'setting', entityId: JP_TABLE_KEY, oldValue: before, newValue: input.jpTable });
    }
  })();
  return resultSettings(ctx);
}
