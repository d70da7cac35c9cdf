import { describe, expect, it } from 'vitest';
import { escapeCsvCell, RESULTS_CSV_COLUMNS, resultsCsvRows, serializeCsv, serializeResultsCsv } from '@/domain/records/results-csv';
import type { Pack } from '@/domain/pack/schema';
import { scoreSession } from '@/domain/score-session';
import { makeMiniPack } from '../../fixtures/mini-pack';

const rating = (value: number) => ({ kind: 'rating', value }) as const;

/** Parses RFC 4180 text back into rows: enough to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('escapeCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['2.75', '2.75'],
  ])('should quote %j as RFC 4180 wants: %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('should guard %j against formula injection: %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });
});

describe('serializeCsv', () => {
  it('should end every record with CRLF and read back the same cells', () => {
    const rows = [
      ['name', 'note'],
      ['Lean, "5S"', 'line one\nline two'],
    ];
    const text = serializeCsv(rows);
    expect(text).toBe('name,note\r\n"Lean, ""5S""","line one\nline two"\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('resultsCsvRows', () => {
  const pack = makeMiniPack();
  const full = pack.assessments[1]!.questionIds;

  it('should write the header then one row per competency, in the pack’s order', () => {
    const results = scoreSession({ pack, questionIds: full, answers: { 'lean-self-1': rating(2), 'lean-self-2': rating(3) }, targetLevel: 'two' });
    const rows = resultsCsvRows(pack, results);
    expect(rows[0]).toEqual([...RESULTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + pack.competencies.length);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Lean', 'Safety', 'Leadership']);
  });

  it('should give score, target, gap, importance and coverage, leaving unscored cells empty', () => {
    // lean: (1×2 + 3×3) ÷ 4 = 2.75 against target 2 at level two; safety and leadership unanswered.
    const results = scoreSession({ pack, questionIds: full, answers: { 'lean-self-1': rating(2), 'lean-self-2': rating(3) }, targetLevel: 'two' });
    const rows = resultsCsvRows(pack, results);
    expect(rows[1]).toEqual(['Lean', 'technical', '2.75', '2', '0', 'core', '1']);
    expect(rows[2]).toEqual(['Safety', 'technical', '', '3', '', 'core', '0']);
    expect(rows[3]).toEqual(['Leadership', 'soft', '', '2', '', 'supporting', '0']);
  });

  it('should round to two decimals and show the gap against the target', () => {
    const results = scoreSession({
      pack,
      questionIds: full,
      answers: { 'lean-self-1': rating(0), 'lean-self-2': rating(1), 'safety-self-1': rating(1) },
      targetLevel: 'three',
    });
    const lean = resultsCsvRows(pack, results)[1];
    // (0 + 3) ÷ 4 = 0.75; target 3 at level three → gap 2.25
    expect(lean).toEqual(['Lean', 'technical', '0.75', '3', '2.25', 'supporting', '1']);
  });
});

describe('serializeResultsCsv', () => {
  it('should guard competency titles that look like formulas and quote those with commas', () => {
    const pack: Pack = makeMiniPack();
    pack.competencies[0] = { ...pack.competencies[0]!, title: '=cmd|" /C calc"!A0' };
    pack.competencies[1] = { ...pack.competencies[1]!, title: 'Safety, health and environment' };
    const results = scoreSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers: {}, targetLevel: 'one' });
    const text = serializeResultsCsv(pack, results);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + pack.competencies.length);
    expect(rows[1]?.[0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[2]?.[0]).toBe('Safety, health and environment');
    expect(text.split('\r\n').at(-1)).toBe('');
  });
});
