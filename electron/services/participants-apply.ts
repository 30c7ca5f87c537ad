import type { ColumnMapping, ImportCounts, ImportPreview, ImportProblem } from '../../shared/schemas/participant';
import { translateBoth } from '../../shared/i18n/translate';
import { ImportFileError, type RawTable } from '../codecs/participants-table';
import { participantWriter } from '../repositories/participant';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { decodeUpload, readParticipantTable } from './participant-file';
import { actorOf, officeOf, today } from './participants';
import { assertImportable, planImport } from './participants-import';

export type ImportMode = 'valid-only' | 'all-or-nothing';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ColumnMapping;
  sheet?: string;
}

/** A whole-file problem as the envelope error BAD_INPUT, its reason in Indonesian and English. */
export function toAppError(e: unknown): unknown {
  if (!(e instanceof ImportFileError)) return e;
  return new AppError('BAD_INPUT', { reason: translateBoth(`participants.file.${e.code}`, e.params) });
}

async function withFileErrors<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toAppError(e);
  }
}

export function requestFromUpload(input: {
  fileName: string;
  contentBase64: string;
  mapping?: ColumnMapping;
  sheet?: string;
}): ImportRequest {
  try {
    return {
      fileName: input.fileName,
      bytes: decodeUpload(input.contentBase64),
      mapping: input.mapping,
      sheet: input.sheet,
    };
  } catch (e) {
    throw toAppError(e);
  }
}

const readTable = (req: ImportRequest): Promise<RawTable> => readParticipantTable(req.fileName, req.bytes, req.sheet);

/** Reads and checks the file and compares it with the registry; writes nothing. */
export function previewImport(ctx: ServiceContext, req: ImportRequest): Promise<ImportPreview> {
  return withFileErrors(async () => planImport(ctx.db, await readTable(req), req.mapping, today()).preview);
}

/**
 * Imports in ONE transaction, re-planning inside it so the diff the user saw is re-checked
 * against the data as it is now. 'all-or-nothing' refuses when any row is rejected; a refused
 * import leaves the database exactly as it was (nothing is written before the checks).
 */
export function applyImport(
  ctx: ServiceContext,
  req: ImportRequest,
  mode: ImportMode,
): Promise<{ counts: ImportCounts; problems: ImportProblem[] }> {
  return withFileErrors(async () => {
    const table = await readTable(req);
    return ctx.db.transaction(() => {
      const plan = planImport(ctx.db, table, req.mapping, today());
      assertImportable(plan);
      const { counts, problems } = plan.preview;
      if (mode === 'all-or-nothing' && counts.rejected > 0) {
        const error = toAppError(new ImportFileError('rejectedRows', { count: counts.rejected })) as AppError;
        throw new AppError(error.code, error.params, [
          ...(error.details ?? []),
          ...problems.slice(0, 100).map((p) => ({ path: `row ${p.row}, column ${p.column}`, message: `${p.text.id} / ${p.text.en}` })),
        ]);
      }
      const writer = participantWriter(ctx.db, officeOf(ctx));
      for (const values of plan.inserts) writer.insert(values);
      for (const u of plan.updates) writer.update(u.id, u.values);
      appendAudit(ctx.db, {
        actorId: actorOf(ctx),
        action: 'import',
        entity: 'participant',
        newValue: { fileName: req.fileName, mode, counts },
      });
      return { counts, problems };
    })();
  });
}
