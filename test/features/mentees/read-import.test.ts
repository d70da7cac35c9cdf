import { describe, expect, it } from 'vitest';
import { parseBundle } from '@/domain/records/bundle';
import { serializeBundle } from '@/domain/records/serialize';
import { planImport } from '@/domain/records/merge';
import { createProfile } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import type { ImportStep } from '@/features/mentees/import-plan';
import { readImport } from '@/features/mentees/read-import';
import { CANCELLED, readImportFile } from '@/features/mentees/run-import';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const at = new Date('2026-03-02T10:00:00.000Z');
const person = (id: string): Profile => createProfile(id, { name: `Person ${id}`, currentLevel: null, years: null, targetLevel: 'two' }, at);
const sessionOf = (id: string, profileId: string): Session => createSession({ id, profileId, pack, assessmentId: 'quick', targetLevel: 'two', now: at });
const nothingHere = { profiles: {}, sessions: {} };

function fileOf(count: number) {
  const profiles = Array.from({ length: count }, (_, i) => person(`p${i}`));
  const sessions = profiles.map((profile, i) => sessionOf(`s${i}`, profile.id));
  return { profiles, sessions, text: serializeBundle({ profiles, sessions, exportedAt: at }) };
}

function readAll(text: string, existing = nothingHere) {
  const steps: ImportStep[] = [];
  const reading = readImport(text, existing);
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) return { steps, result: next.value };
    steps.push(next.value);
  }
}

describe('readImport', () => {
  it('should check every record, then plan the merge exactly as planImport does', () => {
    const { text, profiles } = fileOf(3);
    const existing = { profiles: { p0: profiles[0]! }, sessions: {} };
    const { steps, result } = readAll(text, existing);
    const bundle = parseBundle(text);
    expect(bundle.ok).toBe(true);
    expect(result).toEqual({ ok: true, value: { kind: 'plan', plan: planImport(existing, bundle.ok ? bundle.value : ({} as never)), exportedAt: at.toISOString() } });
    expect(steps.filter((step) => step.stage === 'checking')).toHaveLength(6);
    expect(steps.at(-1)).toEqual({ stage: 'comparing' });
  });

  it('should refuse a file with one bad record, naming the record and what is wrong, and plan nothing', () => {
    const { profiles, sessions } = fileOf(4);
    const damaged = [...sessions];
    damaged[2] = { ...damaged[2]!, targetLevel: 'Not A Level' };
    const { steps, result } = readAll(serializeBundle({ profiles, sessions: damaged, exportedAt: at }));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/^Session 3 of 4 \("s2"\) can't be read: targetLevel: /);
    expect(steps).not.toContainEqual({ stage: 'comparing' });
  });

  it('should hand back one session on its own unplanned, for its person to be chosen', () => {
    const session = sessionOf('lone', 'me');
    const { result } = readAll(JSON.stringify(session));
    expect(result).toEqual({ ok: true, value: { kind: 'single', bundle: { exportedAt: null, profiles: [], sessions: [session], single: true } } });
  });
});

describe('readImportFile', () => {
  // jsdom has no Worker: this is the path a page opened from disk takes, reading on the page between pauses.
  it('should read on the page where no worker exists, reporting each stage, with the same result as readImport', async () => {
    const { text } = fileOf(40);
    const steps: ImportStep[] = [];
    const result = await readImportFile(new Blob([text]), nothingHere, { onStep: (step) => steps.push(step), signal: new AbortController().signal });
    expect(result).toEqual(readAll(text).result);
    expect(steps[0]).toEqual({ stage: 'reading' });
    expect(steps.at(-1)).toEqual({ stage: 'comparing' });
  });

  it('should stop, with nothing read, when cancelled', async () => {
    const controller = new AbortController();
    const reading = readImportFile(new Blob([fileOf(2000).text]), nothingHere, {
      onStep: (step) => {
        if (step.stage === 'checking') controller.abort();
      },
      signal: controller.signal,
    });
    expect(await reading).toBe(CANCELLED);
  });
});
