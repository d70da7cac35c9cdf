import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '@/domain/records/bundle';
import { serializeQuarantined } from '@/domain/records/serialize';

const fixture = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', name), 'utf8')) as Record<string, unknown>;
const SESSION = fixture('v1/session-completed-with-mentor.json');
const PROFILE = fixture('v2/profile-with-actions.json');

describe('parseBundle: the set-aside data download', () => {
  it('should bring back every record this version reads, as "Download the damaged data" wrote them', () => {
    const file = serializeQuarantined([
      { key: `quarantine/session/${String(SESSION.id)}@1789`, problem: 'made by a newer version of Rungs', raw: SESSION },
      { key: `quarantine/profile/${String(PROFILE.id)}@1790`, problem: 'made by a newer version of Rungs', raw: PROFILE },
      { key: 'quarantine/session/x@1791', problem: 'not valid', raw: '{"type":"rungs/session","ver' },
    ]);
    const bundle = parseBundle(file);
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.value.sessions.map((session) => session.id)).toEqual([SESSION.id]);
    expect(bundle.value.profiles.map((profile) => profile.id)).toEqual([PROFILE.id]);
  });

  it('should say so when this version still cannot read any of it', () => {
    const file = serializeQuarantined([{ key: 'quarantine/session/x@1', problem: 'newer', raw: { ...SESSION, version: 99 } }]);
    const bundle = parseBundle(file);
    expect(!bundle.ok && bundle.error.message).toMatch(/set aside as unreadable, and this version of Rungs cannot read any of it either: Made by a newer version of Rungs/i);
  });
});
