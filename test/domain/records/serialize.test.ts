import { describe, expect, it } from 'vitest';
import { serializeQuarantined } from '@/domain/records/serialize';

describe('serializeQuarantined', () => {
  it('should write any raw value, falling back to text for what JSON cannot hold', () => {
    const text = serializeQuarantined([
      { key: 'quarantine/a', problem: 'p', raw: { answers: [1, 2] } },
      { key: 'quarantine/b', problem: 'q', raw: 10n },
    ]);
    expect(JSON.parse(text)).toEqual([
      { key: 'quarantine/a', problem: 'p', raw: { answers: [1, 2] } },
      { key: 'quarantine/b', problem: 'q', raw: '10' },
    ]);
  });
});
