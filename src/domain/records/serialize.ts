/*
 * The files Rungs writes for people to keep. Plain code, no zod: the "not saved" notice and the crash screen are in
 * the first load and must be able to write them even when no other chunk can be fetched.
 */

/** What could not be read, as found in storage: JSON that does not fit a record still goes out as text. */
export function serializeQuarantined(records: readonly { key: string; problem: string; raw: unknown }[]): string {
  return JSON.stringify(
    records.map(({ key, problem, raw }) => {
      try {
        // Whatever the raw value is (cycles, BigInt), the file must still be written: fall back to its text.
        JSON.stringify(raw);
        return { key, problem, raw };
      } catch {
        return { key, problem, raw: String(raw) };
      }
    }),
    null,
    2,
  );
}
