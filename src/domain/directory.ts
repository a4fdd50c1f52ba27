/**
 * Who to contact for a département (and a commune where a département has several BALs).
 * Pure: built from the content data, used in the browser and at build time.
 */
import type { Directory } from './orientation.ts';

export interface DirectoryData {
  readonly departements: readonly { readonly code: string; readonly caisse: string }[];
  /** `toConfirm`: the address is not confirmed by the caisse yet (said once, in plain words). */
  readonly bals: readonly { readonly email: string; readonly departement: string; readonly sector?: string | undefined; readonly toConfirm: boolean }[];
  /** commune INSEE code → BAL email (empty until a caisse publishes its split). */
  readonly communes: Readonly<Record<string, string>>;
}

export function createDirectory(data: DirectoryData): Directory {
  return {
    caisseOf: (code) => data.departements.find((d) => d.code === code)?.caisse,
    balsOf: (code, commune) => {
      const all = data.bals.filter((b) => b.departement === code);
      const chosen = commune === undefined ? undefined : data.communes[commune];
      const exact = chosen === undefined ? undefined : all.find((b) => b.email === chosen);
      return (exact ? [exact] : all).map((b) => ({ email: b.email, sector: b.sector, toConfirm: b.toConfirm }));
    },
  };
}
