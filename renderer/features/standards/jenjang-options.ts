import type { TFunction } from 'i18next';
import { JENJANG } from '../../../shared/domain/jenjang';

/** Jenjang grouped by jabatan group, for NativeSelect (official names, both languages). */
export function jenjangOptions(t: TFunction) {
  const groups = [...new Set(JENJANG.map((j) => j.group))];
  return groups.map((g) => ({
    group: t(`dictionaryUi.groups.${g}`),
    items: JENJANG.filter((j) => j.group === g).map((j) => ({ value: j.code, label: j.label })),
  }));
}

export function jenjangLabel(code: string): string {
  return JENJANG.find((j) => j.code === code)?.label ?? code;
}
