import Papa from 'papaparse';

/** A CSV or XLSX file as rows of heading → cell; the first sheet of a workbook. */
export async function readSpreadsheet(file: File): Promise<Array<Record<string, unknown>>> {
  if (/\.xlsx?$/i.test(file.name)) {
    // SheetJS is large: loaded only when a workbook is imported.
    const XLSX = await import('xlsx');
    const workbook = XLSX.read(await file.arrayBuffer(), { type: 'array', cellDates: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0]];
    return sheet ? XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '', raw: false, dateNF: 'yyyy-mm-dd' }) : [];
  }
  return parseCsv(await decodeText(await file.arrayBuffer()));
}

export function parseCsv(text: string): Array<Record<string, unknown>> {
  const result = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return result.data;
}

/** UTF-8, or GB18030 as Excel in Chinese saves CSV files. */
export async function decodeText(buffer: ArrayBuffer): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}
