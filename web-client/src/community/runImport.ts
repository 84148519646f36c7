import type { HouseholdInput, ReportNeedInput } from '../gql/graphql';
import { contentKey } from '../graphql/idempotency';
import type { ImportRow } from '../lib/needImport';

export interface SendResult {
  id?: string;
  error?: Error;
}

export interface ImportApi {
  registerHousehold(input: HouseholdInput, idempotencyKey: string): Promise<SendResult>;
  reportNeed(input: ReportNeedInput, idempotencyKey: string): Promise<SendResult>;
}

export interface RowOutcome {
  line: number;
  needId?: string;
  error?: Error;
}

/**
 * Sends the valid rows one by one: the household first (once per household), then its need.
 * Keys come from the file's content and the line, so importing the same file again, after a
 * dropped connection say, creates nothing twice.
 */
export async function runImport(
  rows: ImportRow[],
  fileDigest: string,
  api: ImportApi,
  onRow: (outcome: RowOutcome, done: number) => void,
  signal?: AbortSignal,
): Promise<RowOutcome[]> {
  const households = new Map<string, string>();
  const outcomes: RowOutcome[] = [];
  for (const row of rows) {
    if (signal?.aborted) break;
    const outcome = await importRow(row, fileDigest, api, households);
    outcomes.push(outcome);
    onRow(outcome, outcomes.length);
  }
  return outcomes;
}

async function importRow(row: ImportRow, digest: string, api: ImportApi, households: Map<string, string>): Promise<RowOutcome> {
  let householdId: string;
  if ('id' in row.household) {
    householdId = row.household.id;
  } else {
    const known = households.get(row.household.key);
    if (known) {
      householdId = known;
    } else {
      const registered = await api.registerHousehold(row.household.input, `import:${await contentKey([digest, 'household', row.household.key])}`);
      if (!registered.id) return { line: row.line, error: registered.error };
      households.set(row.household.key, registered.id);
      householdId = registered.id;
    }
  }
  const reported = await api.reportNeed({ ...row.need, householdId }, `import:${await contentKey([digest, 'need', String(row.line)])}`);
  return reported.id ? { line: row.line, needId: reported.id } : { line: row.line, error: reported.error };
}
