import { serializeQuarantined } from '@/domain/records/serialize';

/** Saves text as a file through the browser's download: the only way data ever leaves Rungs. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const todayStamp = (date = new Date()) => date.toISOString().slice(0, 10);

/** Saves the set-aside records, raw as stored, to a file the user (or a helper) can inspect or repair. */
export async function downloadQuarantined(read: () => Promise<readonly { key: string; problem: string; raw: unknown }[]>): Promise<number> {
  const records = await read();
  downloadText(`rungs-damaged-data-${todayStamp()}.json`, serializeQuarantined(records));
  return records.length;
}
