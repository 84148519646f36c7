import type { ImportRegionsMutation } from '../gql/graphql';

export type RegionImportResult = ImportRegionsMutation['importRegions'];

/** A preview and the very text it was made of. */
export interface Preview {
  text: string;
  result: RegionImportResult;
}

/**
 * The API reads no request body over GraphQL:MaxRequestBodyBytes (1,000,000 bytes by default) and
 * answers 413 without a word about the file; the file goes as a JSON string inside the request,
 * beside the mutation's text, so a file near the limit is refused here, before it is sent.
 */
export const maxRequestBytes = 1_000_000;
const requestOverheadBytes = 2_000;

export function requestBytes(text: string): number {
  return new TextEncoder().encode(JSON.stringify(text)).length + requestOverheadBytes;
}

export const tooLarge = (text: string) => requestBytes(text) > maxRequestBytes;

/**
 * Why "Apply" is not offered yet, or null when it is: only a preview of this very text (not one
 * changed since), with no problem (the API would write nothing) and something to write.
 */
export type ApplyBlocker = 'empty' | 'tooLarge' | 'noPreview' | 'changedSincePreview' | 'problems' | 'nothingToApply';

export function applyBlocker(text: string, preview: Preview | null): ApplyBlocker | null {
  if (!text.trim()) return 'empty';
  if (tooLarge(text)) return 'tooLarge';
  if (!preview) return 'noPreview';
  if (preview.text !== text) return 'changedSincePreview';
  if (preview.result.problems.length) return 'problems';
  if (!preview.result.added.length && !preview.result.changed.length) return 'nothingToApply';
  return null;
}

/** The figures of a preview or an import, for its one-line summary. */
export function importCounts(result: RegionImportResult) {
  return { added: result.added.length, changed: result.changed.length, unchanged: result.unchanged, problems: result.problems.length };
}
