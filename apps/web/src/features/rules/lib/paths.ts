export const RULE_CHECK_PATH = '/cek-aturan';
export const CATALOGUE_PATH = '/aturan';
/** The public report form (built in the cases module). */
export const REPORT_PATH = '/lapor';

export function rulePath(id: string): string {
  return `${CATALOGUE_PATH}/${encodeURIComponent(id)}`;
}
