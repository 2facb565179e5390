import { describe, expect, it } from 'vitest';
import { FEEDBACK_ARC_IDS, PHASE_IDS } from '../../data';
import { checkStatements, statementsAbout } from '../../data/check';
import { emptyState, encodeCheck, type CheckState } from '../checkLink';
import {
  deleteAllChecks,
  deleteCheck,
  EXPORT_FORMAT,
  exportHistory,
  historyCsvRows,
  importChecks,
  loadHistory,
  newSavedCheck,
  readHistoryImport,
  saveCheck,
  scoreChanges,
  STORAGE_PREFIX,
  type CheckStorage,
} from '../checkHistory';

/** A Map-backed Storage; `full` refuses every write from then on, as a browser whose quota is used up. */
function memoryStorage(entries: Record<string, string> = {}): CheckStorage & { full: boolean; map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    full: false,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

const state = (answer: 1 | 2 | 3 | 4 | 5): CheckState => ({ ...emptyState(), answers: checkStatements.map(() => answer) });
const check = (answer: 1 | 2 | 3 | 4 | 5, when: string, team = '') => newSavedCheck(encodeCheck(state(answer)), team, new Date(when), `id-${answer}-${when.slice(0, 10)}`);

describe('saved checks', () => {
  it('are stored one per key and read back oldest first', () => {
    const storage = memoryStorage();
    saveCheck(storage, check(4, '2026-12-02T10:00:00Z', 'Payments'));
    saveCheck(storage, check(2, '2026-11-02T10:00:00Z'));
    const { checks, unreadable } = loadHistory(storage);
    expect(unreadable).toEqual([]);
    expect(checks.map((c) => [c.savedAt, c.team, c.state.answers[0]])).toEqual([
      ['2026-11-02T10:00:00.000Z', '', 2],
      ['2026-12-02T10:00:00.000Z', 'Payments', 4],
    ]);
    expect([...storage.map.keys()].every((key) => key.startsWith(STORAGE_PREFIX))).toBe(true);
  });

  it('skip a damaged entry, count it and leave it where it is', () => {
    const storage = memoryStorage({ [`${STORAGE_PREFIX}broken`]: '{"id": "broken", "savedAt": 7', 'someone-else': 'x' });
    saveCheck(storage, check(3, '2026-12-01T00:00:00Z'));
    const { checks, unreadable } = loadHistory(storage);
    expect(checks).toHaveLength(1);
    expect(unreadable).toEqual([{ key: `${STORAGE_PREFIX}broken`, problem: 'the entry is not JSON' }]);
    expect(storage.map.get(`${STORAGE_PREFIX}broken`)).toBe('{"id": "broken", "savedAt": 7');
  });

  it('read a check saved under version 1 of the statements under version 2: its scores leave out reworded answers, never mixing the lists', () => {
    // Saved under version 1: "Strongly disagree" (1) on ④'s statements 10–12, "Agree" everywhere else.
    const v1 = { id: 'old', savedAt: '2026-11-01T00:00:00.000Z', team: 'Platform', query: { v: '1', a: `${'4'.repeat(9)}111${'4'.repeat(14)}` } };
    const storage = memoryStorage({ [`${STORAGE_PREFIX}old`]: JSON.stringify(v1) });
    const { checks, unreadable } = loadHistory(storage);
    expect(unreadable).toEqual([]);
    expect(checks[0]?.query).toEqual(v1.query);
    expect(checks[0]?.carriedOver?.cleared).toEqual([3, 7, 8, 9, 14, 15, 19, 21]);
    // ③ keeps one of its three answers (8 and 9 were reworded): too few for a score. ④ keeps statements 11
    // and 12 (1 each): 1.0; statement 10 was reworded and is not counted.
    const [row] = historyCsvRows(checks).slice(1);
    expect(row?.slice(2, 8)).toEqual(['4.0', '4.0', '', '1.0', '4.0', '4.0']);
    // The stored entry is left as it was.
    expect(storage.map.get(`${STORAGE_PREFIX}old`)).toBe(JSON.stringify(v1));
  });

  it('skip an entry whose answers are not a valid check', () => {
    const saved = check(3, '2026-12-01T00:00:00Z');
    const storage = memoryStorage({ [`${STORAGE_PREFIX}${saved.id}`]: JSON.stringify({ ...saved, query: { v: '1', a: '555' } }) });
    expect(loadHistory(storage)).toEqual({
      checks: [],
      unreadable: [{ key: `${STORAGE_PREFIX}${saved.id}`, problem: '“query” holds no loop check this site can read' }],
    });
  });

  it.each(['December 1, 2026', '2026-12-01', '2026-12-01T10:00:00+01:00'])('skip an entry saved at “%s”, which is not the time Save writes', (savedAt) => {
    const saved = check(3, '2026-12-01T00:00:00Z');
    const storage = memoryStorage({ [`${STORAGE_PREFIX}${saved.id}`]: JSON.stringify({ ...saved, savedAt }) });
    expect(loadHistory(storage)).toEqual({
      checks: [],
      unreadable: [{ key: `${STORAGE_PREFIX}${saved.id}`, problem: '“savedAt” is not a date and time as this site writes them' }],
    });
  });

  it.each([
    ['an entry that is not an object', 'null', 'the entry should be an object but is null'],
    ['an entry without its team', JSON.stringify({ id: 'a', savedAt: '2026-12-01T00:00:00.000Z', query: { v: '1', a: '' } }), '“team” is missing'],
    ['a team that is a number', JSON.stringify({ id: 'a', savedAt: '2026-12-01T00:00:00.000Z', team: 7, query: { v: '1', a: '' } }), '“team” should be text but is 7'],
    ['answers that are not text', JSON.stringify({ id: 'a', savedAt: '2026-12-01T00:00:00.000Z', team: '', query: { v: '1', a: 5 } }), '“a” of “query” should be text but is 5'],
    ['an id other than its key’s', JSON.stringify({ ...check(3, '2026-12-01T00:00:00Z'), id: 'b' }), 'the entry’s “id” is not the one its key ends with'],
  ])('say what is wrong with %s, and read the entries beside it', (_what, text, problem) => {
    const good = check(4, '2026-12-02T00:00:00Z');
    const storage = memoryStorage({ [`${STORAGE_PREFIX}a`]: text });
    saveCheck(storage, good);
    const { checks, unreadable } = loadHistory(storage);
    expect(checks.map((c) => c.id)).toEqual([good.id]);
    expect(unreadable).toEqual([{ key: `${STORAGE_PREFIX}a`, problem }]);
    expect(storage.map.get(`${STORAGE_PREFIX}a`)).toBe(text);
  });

  it('keep a team name with markup as the text it is', () => {
    const storage = memoryStorage();
    saveCheck(storage, check(3, '2026-12-01T00:00:00Z', '<img src=x onerror=alert(1)>'));
    expect(loadHistory(storage).checks[0]?.team).toBe('<img src=x onerror=alert(1)>');
  });

  it('are not lost when storage is full: saving fails with a message and the rest stays', () => {
    const storage = memoryStorage();
    saveCheck(storage, check(3, '2026-12-01T00:00:00Z'));
    storage.full = true;
    const result = saveCheck(storage, check(4, '2026-12-02T00:00:00Z'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/storage for this site is full.*Nothing you had saved was changed/) });
    expect(loadHistory(storage).checks).toHaveLength(1);
  });

  it('can be deleted one at a time, or all at once, without touching anything else', () => {
    const storage = memoryStorage({ 'someone-else': 'x' });
    const a = check(2, '2026-11-01T00:00:00Z');
    saveCheck(storage, a);
    saveCheck(storage, check(3, '2026-12-01T00:00:00Z'));
    deleteCheck(storage, a.id);
    expect(loadHistory(storage).checks.map((c) => c.id)).not.toContain(a.id);
    deleteAllChecks(storage);
    expect([...storage.map.keys()]).toEqual(['someone-else']);
  });
});

describe('export and import', () => {
  const checks = [check(2, '2026-11-01T00:00:00Z', 'Payments'), check(4, '2026-12-01T00:00:00Z', 'Payments')];
  const file = exportHistory(checks, new Date('2026-12-01T12:00:00Z'));

  it('round-trip: an export imports as the same checks', () => {
    const read = readHistoryImport(file);
    expect(read.ok && read.checks.map(({ id, savedAt, team, query }) => ({ id, savedAt, team, query }))).toEqual(checks);
    expect(JSON.parse(file)).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-12-01T12:00:00.000Z' });
  });

  it('adds only the checks not saved yet', () => {
    const storage = memoryStorage();
    saveCheck(storage, checks[0]!);
    const read = readHistoryImport(file);
    expect(read.ok && importChecks(storage, read.checks)).toEqual({ ok: true, added: 1 });
    expect(loadHistory(storage).checks).toHaveLength(2);
  });

  it('never writes over a saved entry it cannot read, even when the import has a check with its id', () => {
    const damaged = `${STORAGE_PREFIX}${checks[0]!.id}`;
    const storage = memoryStorage({ [damaged]: '{"half a check' });
    const read = readHistoryImport(file);
    expect(read.ok && importChecks(storage, read.checks)).toEqual({ ok: true, added: 1 });
    expect(storage.map.get(damaged)).toBe('{"half a check');
  });

  it.each([
    ['not JSON', '<html>hello</html>', /not JSON/],
    ['some other JSON', '{"checks": []}', /not a loop check history export/],
    ['another version', JSON.stringify({ format: EXPORT_FORMAT, version: 9, checks: [] }), /version 9; this site reads version 1/],
    [
      'a damaged check',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, checks: [check(2, '2026-11-01T00:00:00Z'), { id: 'x', savedAt: 'soon', team: '', query: {} }] }),
      /^Check 2 in this file is damaged \(“savedAt” is not a date and time as this site writes them\), so nothing was imported\.$/,
    ],
    ['an export without its list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, checks: 'all' }), /^This export is damaged: “checks” should be a list but is "all", so nothing was imported\.$/],
  ])('refuses %s with a reason', (_what, text, message) => {
    expect(readHistoryImport(text)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('takes back what it wrote when storage fills up half-way, so the history is untouched', () => {
    let writes = 0;
    const storage = memoryStorage({ 'someone-else': 'x' });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes += 1;
      if (writes > 1) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    const read = readHistoryImport(file);
    expect(read.ok && importChecks(storage, read.checks)).toMatchObject({ ok: false });
    expect([...storage.map.keys()]).toEqual(['someone-else']);
  });
});

describe('history as a table', () => {
  it('writes one CSV row per check, with every phase and arc', () => {
    const storage = memoryStorage();
    saveCheck(storage, check(4, '2026-12-01T00:00:00Z', 'Payments, "core"'));
    const rows = historyCsvRows(loadHistory(storage).checks);
    expect(rows[0]).toEqual(['Saved', 'Team', expect.stringContaining('Discover'), ...Array(PHASE_IDS.length + FEEDBACK_ARC_IDS.length - 1).fill(expect.any(String))]);
    expect(rows[1]).toEqual(['2026-12-01T00:00:00.000Z', 'Payments, "core"', ...Array(PHASE_IDS.length + FEEDBACK_ARC_IDS.length).fill('4.0')]);
  });

  it('says how each score moved since the check before', () => {
    expect(scoreChanges(state(2), state(3))).toEqual(Array(PHASE_IDS.length + FEEDBACK_ARC_IDS.length).fill(1));
  });

  it('works the change out from the scores the table shows, so 2.3 then 2.7 is up 0.4', () => {
    const discover = statementsAbout({ kind: 'phase', id: 'discover' }).map(({ index }) => index);
    expect(discover).toHaveLength(3);
    const rated = (...answers: (1 | 2 | 3 | 4 | 5)[]): CheckState => ({
      ...state(3),
      answers: state(3).answers.map((answer, i) => answers[discover.indexOf(i)] ?? answer),
    });
    // Means 2.33… and 2.66…: shown as 2.3 and 2.7. Their exact difference, 0.33…, would read "up 0.3".
    expect(scoreChanges(rated(2, 2, 3), rated(2, 3, 3))[0]).toBe(0.4);
  });
});
