import ExcelJS from 'exceljs';
import type { Db } from '../../electron/db/connection';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { buildRegistry } from '../../electron/handlers';
import type { ServiceContext } from '../../electron/services/context';
import type { Envelope } from '../../shared/contract';

/** Every row of every ordinary table, for "the database is unchanged" assertions. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

export const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

export function caller(db: Db, ctx: ServiceContext) {
  const registry: HandlerRegistry = buildRegistry(db, () => undefined);
  return <T = unknown>(channel: string, input: unknown) =>
    registry.dispatch(channel, input, ctx.session) as Promise<Envelope<T>>;
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (!envelope.ok)
    throw new Error(
      `${envelope.error.code}: ${envelope.error.message} ${JSON.stringify(envelope.error.details ?? [])}`,
    );
  return envelope.value;
}

/** A workbook built in memory; each sheet is a list of rows, cells as exceljs values. */
export async function xlsx(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  tweak?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  tweak?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const NIP_A = '196608011988031001';
export const NIP_B = '198504122009032014';
export const NIP_C = '199001152015031003';
