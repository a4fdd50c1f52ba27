/** INSEE commune codes (tiny, so that the machine can check a commune without loading the geo search). Pure. */

/** The INSEE code of a commune or arrondissement: "13201", "2A004", "97611". */
export const INSEE_CODE = /^(?:\d{2}|2[AB])\d{3}$/;

/** The département of an INSEE code: its two first characters, three overseas ("976"). */
export function departementOfInsee(insee: string): string {
  return insee.slice(0, insee.startsWith('97') ? 3 : 2);
}
