// @vitest-environment node
import { parseRecordFile, type ParsedFile, type ReadFile, type RefusedFile } from '../parse';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

function read(name: string, text: string): ReadFile {
  const file = parseRecordFile({ name, text });
  if (!file.ok) throw new Error(`expected ${name} to be read: ${file.message}`);
  return file;
}

function refused(name: string, text: string): RefusedFile {
  const file: ParsedFile = parseRecordFile({ name, text });
  if (file.ok) throw new Error(`expected ${name} to be refused`);
  return file;
}

/** Every example message of a file read, in the order kept. */
const messages = (file: ReadFile | RefusedFile): string[] => (file.problems ?? []).flatMap((group) => group.examples.map((p) => p.message));

describe('recognising a file’s kind from its columns', () => {
  it('reads deployments whatever the case and order of the columns, ignoring unknown ones', () => {
    const file = read(
      'deploys.csv',
      lines(
        'Pipeline,UNPLANNED,Finished_At,ID,Changes,Environment,Status,Service',
        'ci-7,TRUE,2025-03-03T10:00:00Z,d1,a1 b2;c3,,,shop',
        'ci-8,,2025-03-04T11:00:00+01:00,d2,,Staging,FAILED,shop',
      ),
    );
    expect(file.kind).toBe('deployments');
    expect(file.records).toEqual([
      {
        id: 'd1',
        finishedAt: Date.UTC(2025, 2, 3, 10),
        service: 'shop',
        environment: 'production',
        status: 'success',
        changes: ['a1', 'b2', 'c3'],
        unplanned: true,
        file: 'deploys.csv',
        row: 2,
      },
      {
        id: 'd2',
        finishedAt: Date.UTC(2025, 2, 4, 10),
        service: 'shop',
        environment: 'Staging',
        status: 'failure',
        changes: [],
        unplanned: false,
        file: 'deploys.csv',
        row: 3,
      },
    ]);
  });

  it('reads changes and incidents', () => {
    expect(read('c.csv', lines('id,committed_at', 'abc,2025-03-01T08:00:00-05:00')).records).toEqual([
      { id: 'abc', committedAt: Date.UTC(2025, 2, 1, 13), service: '', file: 'c.csv', row: 2 },
    ]);
    expect(read('i.csv', lines('id,started_at,resolved_at,caused_by', 'INC-1,2025-03-01T08:00:00Z,2025-03-01T09:00:00Z,d1')).records).toEqual([
      { id: 'INC-1', startedAt: Date.UTC(2025, 2, 1, 8), resolvedAt: Date.UTC(2025, 2, 1, 9), service: '', causedBy: 'd1', file: 'i.csv', row: 2 },
    ]);
  });

  it('reads a spreadsheet’s semicolon-separated export and a byte-order mark', () => {
    const file = read('export.csv', '\uFEFFid;committed_at;service\r\nabc;2025-03-01T08:00:00Z;shop\r\n');
    expect(file.kind).toBe('changes');
    expect(file.records).toHaveLength(1);
  });

  it('reads JSON: an array of objects with the same fields, ids as numbers, changes as a list', () => {
    const file = read(
      'deployments.json',
      JSON.stringify([
        { ID: 17, finished_at: '2025-03-03T10:00:00Z', changes: ['a', 'b'], unplanned: true, note: { any: 'thing' } },
        { id: '18', finished_at: '2025-03-04T10:00:00Z', changes: 'c;d', unplanned: 'false', environment: null },
      ]),
    );
    expect(file.format).toBe('json');
    expect(file.records.map((r) => ('changes' in r ? [r.id, r.changes, r.unplanned, r.environment] : []))).toEqual([
      ['17', ['a', 'b'], true, 'production'],
      ['18', ['c', 'd'], false, 'production'],
    ]);
  });

  it('says which columns it found and which each kind needs when a file fits none', () => {
    expect(refused('export.csv', lines('name,when', 'x,2025-03-01T08:00:00Z')).message).toBe(
      'export.csv fits none of the three kinds: it has the columns name and when. Deployments need id and finished_at; changes need id and committed_at; incidents need id, started_at and resolved_at.',
    );
  });

  it('names the missing required column when the file plainly means one kind', () => {
    const file = refused('incidents.csv', lines('id,started_at,caused_by', 'INC-1,2025-03-01T08:00:00Z,d1'));
    expect(file.code).toBe('missing-column');
    expect(file.message).toBe(
      'incidents.csv looks like incidents but has no resolved_at column; it has the columns id, started_at and caused_by. Deployments need id and finished_at; changes need id and committed_at; incidents need id, started_at and resolved_at.',
    );
    expect(file.columns).toEqual(['id', 'started_at', 'caused_by']);
  });

  it('refuses a file that fits two kinds, and one with a repeated column', () => {
    expect(refused('both.csv', lines('id,finished_at,committed_at', 'x,2025-03-01T08:00:00Z,2025-03-01T08:00:00Z')).code).toBe('ambiguous-kind');
    expect(refused('twice.csv', lines('id,ID,committed_at', 'x,y,2025-03-01T08:00:00Z')).message).toBe(
      'twice.csv has more than one column named id; keep one.',
    );
  });
});

describe('files refused whole', () => {
  it.each([
    ['empty.csv', '', 'empty', 'empty.csv is empty.'],
    ['blank.csv', ' \n\n \n', 'empty', 'blank.csv is empty.'],
    ['header.csv', 'id,committed_at\n', 'no-rows', 'header.csv has changes columns but no rows with records.'],
    ['photo.csv', 'PNG\u0000\u0000\u0001binary', 'not-text', 'photo.csv is not a text file; export CSV or JSON.'],
    ['empty.json', '[]', 'no-rows', 'empty.json holds an empty list: no records.'],
    ['object.json', '{"id": "d1"}', 'json-shape', 'object.json holds an object; it should hold a list of records, one object per record: [{"id": …}, …].'],
  ])('%s', (name, text, code, message) => {
    const file = refused(name, text);
    expect(file.code).toBe(code);
    expect(file.message).toBe(message);
  });

  it('refuses JSON that does not parse, naming the file', () => {
    const file = refused('broken.json', '[{"id": "d1",');
    expect(file.code).toBe('bad-json');
    expect(file.message).toMatch(/^broken\.json is not valid JSON \(.+\)\.$/);
  });

  it('refuses a CSV file whose quote never closes, naming the row, instead of swallowing the rest', () => {
    const file = refused('changes.csv', lines('id,committed_at', 'a,2025-03-01T08:00:00Z', '"b,2025-03-01T09:00:00Z', 'c,2025-03-01T10:00:00Z'));
    expect(file.code).toBe('unclosed-quote');
    expect(file.message).toBe('changes.csv, row 3: a quote opens a cell and is never closed, so the rest of the file cannot be read.');
  });
});

describe('rows that cannot be read', () => {
  it('names file, row and column, and says what to do', () => {
    const file = read(
      'deployments.csv',
      lines(
        'id,finished_at,status,unplanned',
        'd1,2025-03-03T10:00:00Z,success,false',
        'd2,2025-03-03T11:00:00,success,false',
        'd3,2025-03-03T12:00:00Z,success,false',
        'd4,2025-03-03T13:00:00Z,success,false',
        'd5,2025-03-03T14:00:00Z,success,false',
        'd6,2025-03-03T15:00:00Z,rolled back,false',
        'd7,2025-03-03T16:00:00Z,success,yes',
        ',2025-03-03T17:00:00Z,success,false',
        'd9,2025-02-30T10:00:00Z,success,false',
        'd10,03/03/2025,success,false',
        'd11,2025-03-03T18:00:00Z,success,false',
        'd12,2025-03-03T19:00:00Z,success,false',
        'd13,2025-03-03T20:00:00Z,success,false',
      ),
    );
    expect(file.rows).toBe(13);
    expect(file.leftOut).toBe(6);
    expect(file.records.map((r) => r.id)).toEqual(['d1', 'd3', 'd4', 'd5', 'd11', 'd12', 'd13']);
    expect(messages(file).sort()).toEqual(
      [
        'deployments.csv, row 3, column finished_at: "2025-03-03T11:00:00" has no UTC offset; add Z or an offset such as +01:00.',
        'deployments.csv, row 7, column status: "rolled back" is not a status this page reads: use success, failure or failed.',
        'deployments.csv, row 8, column unplanned: "yes" is neither true nor false.',
        'deployments.csv, row 9, column id: id is empty; every deployment needs one.',
        'deployments.csv, row 10, column finished_at: "2025-02-30T10:00:00Z" is not a real date and time.',
        'deployments.csv, row 11, column finished_at: "03/03/2025" is not an ISO 8601 date and time such as 2025-03-01T09:30:00Z.',
      ].sort(),
    );
    expect(file.leftOutIds).toEqual(new Set(['d2', 'd6', 'd7', 'd9', 'd10']));
  });

  it('counts rows as a spreadsheet does: header row 1, blank lines and multi-line cells included', () => {
    const file = read(
      'changes.csv',
      lines('id,committed_at,service', '', 'a,2025-03-01T08:00:00Z,"shop', 'front"', 'b,2025-03-01,shop', 'c,2025-03-01T08:00:00Z,shop', 'd,2025-03-01T08:00:00Z,shop'),
    );
    // Row 2 is blank, row 3 holds a cell with a line break, so b is on row 4.
    expect(messages(file)).toEqual(['changes.csv, row 4, column committed_at: "2025-03-01" is a date without a time and UTC offset.']);
  });

  it('leaves out a row whose cells do not line up with the header, but not one with empty trailing cells', () => {
    const file = read('changes.csv', lines('id,committed_at', 'a,2025-03-01T08:00:00Z,,', 'b,2025-03-01T08:00:00Z,x', 'c,2025-03-01T08:00:00Z', 'd'));
    expect(file.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(messages(file)).toEqual([
      'changes.csv, row 3: it has 3 cells where the header has 2, so its cells cannot be matched to columns.',
      'changes.csv, row 5: it has 1 cell where the header has 2, so its cells cannot be matched to columns.',
    ]);
  });

  it('names an incident resolved before it started as a contradiction', () => {
    const file = read(
      'incidents.csv',
      lines('id,started_at,resolved_at', 'INC-1,2025-03-01T10:00:00Z,2025-03-01T09:00:00Z', 'INC-2,2025-03-01T10:00:00Z,2025-03-01T11:00:00+01:00', 'INC-3,2025-03-01T10:00:00Z,2025-03-01T12:00:00+01:00'),
    );
    expect(file.records.map((r) => r.id)).toEqual(['INC-2', 'INC-3']);
    expect(messages(file)).toEqual([
      'incidents.csv, row 2, column resolved_at: incident "INC-1" was resolved (2025-03-01T09:00:00.000Z) before it started (2025-03-01T10:00:00.000Z).',
    ]);
  });

  it('names JSON items by number and refuses values of the wrong type', () => {
    const file = read(
      'changes.json',
      JSON.stringify([
        { id: 'a', committed_at: '2025-03-01T08:00:00Z' },
        'b',
        { id: 'c', committed_at: 1740816000 },
        { id: 'd', committed_at: '2025-03-01T08:00:00Z' },
        { id: 'e', committed_at: '2025-03-01T08:00:00Z' },
      ]),
    );
    expect(file.records.map((r) => r.id)).toEqual(['a', 'd', 'e']);
    expect(messages(file)).toEqual([
      'changes.json, item 2: it is text, not an object with the record’s fields.',
      'changes.json, item 3, column committed_at: it holds a number, not a timestamp as text.',
    ]);
  });

  it('sums up the rows left out in one sentence', () => {
    const file = read('changes.csv', lines('id,committed_at', 'a,2025-03-01T08:00:00', 'b,2025-03-01T08:00:00Z', 'c,2025-03-01T08:00:00Z'));
    expect(file.summary).toBe('1 of 3 rows in changes.csv was left out: 1 because committed_at has no UTC offset (row 2).');
  });

  it('keeps a file where exactly half the rows fail, and refuses one where more than half do', () => {
    const half = read('half.csv', lines('id,committed_at', 'a,2025-03-01T08:00:00Z', 'b,2025-03-01T08:00:00Z', 'c,2025-03-01', 'd,2025-03-01'));
    expect(half.leftOut).toBe(2);
    const most = refused('most.csv', lines('id,committed_at', 'a,2025-03-01T08:00:00Z', 'b,2025-03-01T08:00:00', 'c,2025-03-01T08:00:00', 'd,2025-03-01T08:00:00Z', 'e,2025-03-01T08:00:00'));
    expect(most.code).toBe('too-many-bad-rows');
    expect(most.message).toBe(
      'most.csv was not used: 3 of its 5 rows cannot be read, more than half. most.csv, row 3, column committed_at: "2025-03-01T08:00:00" has no UTC offset; add Z or an offset such as +01:00.',
    );
    expect(most.problems?.[0]?.count).toBe(3);
  });
});
