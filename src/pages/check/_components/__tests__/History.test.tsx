import { File } from 'node:buffer';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStatements } from '@site/src/data/check';
import { STORAGE_PREFIX } from '@site/src/lib/checkHistory';
import { emptyState, encodeCheck } from '@site/src/lib/checkLink';
import History from '../History';

// jsdom's File cannot be read (no text() or arrayBuffer()); Node's can, as a browser's File can.
const file = (name: string, ...parts: (string | Uint8Array)[]) => new File(parts, name, { type: 'application/json' }) as unknown as globalThis.File;

const query = encodeCheck({ ...emptyState(), answers: checkStatements.map(() => 4) });
const entry = (id: string, savedAt: string) => ({ id, savedAt, team: 'Payments', query });
const exportOf = (...checks: ReturnType<typeof entry>[]) =>
  JSON.stringify({ format: 'value-delivery-loop/check-history', version: 1, exportedAt: '2026-12-01T12:00:00.000Z', checks });

async function importFile(chosen: globalThis.File) {
  // The page's accept list would hide a PNG in the file chooser; a reader can still pick "All files".
  const user = userEvent.setup({ applyAccept: false });
  render(<History query={query} />);
  await user.upload(screen.getByLabelText('A loop check history export (JSON)'), chosen);
}

describe('History import', () => {
  afterEach(() => localStorage.clear());

  it('says how many checks were new and how many were already saved, in agreeing words', async () => {
    const saved = entry('a1', '2026-11-01T10:00:00.000Z');
    localStorage.setItem(`${STORAGE_PREFIX}a1`, JSON.stringify(saved));
    await importFile(file('loop-checks.json', exportOf(saved, entry('b2', '2026-12-01T10:00:00.000Z'))));
    expect(await within(screen.getByRole('status')).findByText('Imported 1 new check; 1 was already saved.')).toBeVisible();
    expect(within(screen.getByRole('table', { name: /Your saved checks/ })).getAllByRole('rowheader')).toHaveLength(2);
  });

  it('counts none and several in the plural', async () => {
    await importFile(file('loop-checks.json', exportOf(entry('a1', '2026-11-01T10:00:00.000Z'), entry('b2', '2026-12-01T10:00:00.000Z'))));
    expect(await within(screen.getByRole('status')).findByText('Imported 2 new checks; 0 were already saved.')).toBeVisible();
  });

  it.each([
    ['some other JSON', file('notes.json', '{"hello": "team"}'), 'This file is not a loop check history export. Your saved checks were not changed.'],
    ['a file that is not text', file('photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), '“photo.json” is not a text file (it holds binary data), so it was not read. Your saved checks were not changed.'],
    [
      'a file over 1 MB',
      file('huge.json', `{"pad": "${'x'.repeat(1_100_000)}"}`),
      '“huge.json” is larger than 1 MB, the most this page reads, so it was not read. Your saved checks were not changed.',
    ],
    [
      'an export with a damaged check',
      file('loop-checks.json', exportOf(entry('a1', '2026-11-01T10:00:00.000Z'), entry('b2', 'yesterday'))),
      'Check 2 in this file is damaged (“savedAt” is not a date and time as this site writes them), so nothing was imported. Your saved checks were not changed.',
    ],
  ])('refuses %s with a message naming what is wrong, and changes nothing', async (_what, chosen, message) => {
    await importFile(chosen);
    expect(await within(screen.getByRole('status')).findByText(message)).toBeVisible();
    expect(screen.getByText('No check is saved in this browser yet.')).toBeVisible();
    expect(localStorage.length).toBe(0);
  });
});

describe('History with a damaged saved entry', () => {
  afterEach(() => localStorage.clear());

  it('lists the good checks, says what is wrong with the damaged one, and keeps it', () => {
    localStorage.setItem(`${STORAGE_PREFIX}a1`, JSON.stringify(entry('a1', '2026-11-01T10:00:00.000Z')));
    localStorage.setItem(`${STORAGE_PREFIX}broken`, '{"id": "broken"');
    localStorage.setItem(`${STORAGE_PREFIX}b2`, JSON.stringify({ ...entry('b2', '2026-12-01T10:00:00.000Z'), team: 42 }));
    render(<History query={query} />);
    expect(screen.getByText(/^2 saved checks could not be read .* and are left out below\. Nothing was deleted\.$/)).toBeVisible();
    const problems = within(screen.getByRole('list', { name: 'What could not be read' })).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent).sort()).toEqual(['Saved as “b2”: “team” should be text but is 42.', 'Saved as “broken”: the entry is not JSON.']);
    expect(within(screen.getByRole('table', { name: /Your saved checks/ })).getByRole('rowheader')).toHaveTextContent(/Payments$/);
    expect(localStorage.getItem(`${STORAGE_PREFIX}broken`)).toBe('{"id": "broken"');
  });
});
