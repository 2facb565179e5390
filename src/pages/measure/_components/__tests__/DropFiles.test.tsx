import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeasurePage from '../../index';
import Loader from '../Loader';

// Dropping files on /measure's drop zone. jsdom has no DataTransfer and its Files cannot be read: the drops
// below carry what a browser's drop carries (files, their items, the drag's types), and the files what a
// browser's File has.

/** A File that reads as a browser's does. */
function browserFile(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = new File([bytes], name, { type });
  Object.assign(file, {
    text: async () => new TextDecoder().decode(bytes),
    slice: (start?: number, end?: number) => ({ arrayBuffer: async () => bytes.slice(start, end).buffer }),
  });
  return file;
}

interface Dropped {
  file: File;
  folder?: boolean;
}

/** What a drop of these files (and folders) carries. */
const filesDrag = (dropped: readonly Dropped[]) => ({
  dataTransfer: {
    types: ['Files'],
    files: dropped.map((d) => d.file),
    items: dropped.map((d) => ({ kind: 'file', type: d.file.type, getAsFile: () => d.file, webkitGetAsEntry: () => ({ isDirectory: d.folder === true, isFile: d.folder !== true }) })),
    dropEffect: 'none',
  },
});

const textDrag = (text: string) => ({
  dataTransfer: { types: ['text/plain'], files: [], items: [{ kind: 'string', type: 'text/plain' }], getData: () => text, dropEffect: 'none' },
});

const csv = (...rows: string[]): string => rows.join('\n') + '\n';

// A fortnight of one service, 3 to 16 March 2025, with figures worked out by hand:
// - lead times d1−c1 5 h, d2−c2 2 h, d3−c3 30 h, d4−c4 5 h (c4 at 06:00+01:00 is 05:00 UTC): median 5.0 hours,
//   90th percentile by nearest rank ⌈0.9 × 4⌉ = 4th of 2, 5, 5, 30 = 30.0 hours;
// - 4 deployments over the 14 days from 3 March to 16 March inclusive: 2.0 per week, 0.29 (0.3) per day;
// - i1 was caused by d2: 1 of 4 deployments, 25.0 %; i2 has no cause and is left out of recovery time;
// - recovery time of i1, 12:00 to 15:00: 3.0 hours; d3 is unplanned: 25.0 % rework.
const DEPLOYMENTS = csv(
  'id,finished_at,service,changes,unplanned',
  'd1,2025-03-03T10:00:00Z,shop,c1,false',
  'd2,2025-03-05T10:00:00Z,shop,c2,false',
  'd3,2025-03-10T10:00:00Z,shop,c3,true',
  'd4,2025-03-16T10:00:00Z,shop,c4,false',
);
const CHANGES = csv('id,committed_at,service', 'c1,2025-03-03T05:00:00Z,shop', 'c2,2025-03-05T08:00:00Z,shop', 'c3,2025-03-09T04:00:00Z,shop', 'c4,2025-03-16T06:00:00+01:00,shop');
const INCIDENTS = csv('id,started_at,resolved_at,service,caused_by', 'i1,2025-03-05T12:00:00Z,2025-03-05T15:00:00Z,shop,d2', 'i2,2025-03-11T09:00:00Z,2025-03-11T09:30:00Z,shop,');

const recordFiles = (): Dropped[] => [
  { file: browserFile('deployments.csv', DEPLOYMENTS, 'text/csv') },
  { file: browserFile('changes.csv', CHANGES, 'text/csv') },
  { file: browserFile('incidents.csv', INCIDENTS, 'text/csv') },
];

/** The drop zone: dropping on its file input lands on the zone, as a pointer's drop does. */
const dropZone = () => screen.getByLabelText(/Choose record files/);
const figure = (name: string) => within(screen.getByRole('region', { name }));

async function dropRecords(): Promise<void> {
  expect(fireEvent.drop(dropZone(), filesDrag(recordFiles()))).toBe(false);
  await screen.findByRole('heading', { name: 'Change lead time', level: 3 }, { timeout: 10_000 });
}

describe('dropping files on /measure', () => {
  it('reads three dropped files at once and shows the figures worked out by hand', async () => {
    render(<MeasurePage />);
    await dropRecords();
    expect(screen.getByText(/Read “deployments.csv” as deployments: 4 records\./)).toBeInTheDocument();
    expect(screen.getByText(/Read “changes.csv” as changes: 4 records\./)).toBeInTheDocument();
    expect(screen.getByText(/Read “incidents.csv” as incidents: 2 records\./)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Service' })).toHaveDisplayValue('shop');
    expect(figure('Change lead time').getByText('Median 5.0 hours (90th percentile 30.0 hours)')).toBeInTheDocument();
    expect(figure('Deployment frequency').getByText('2.0 per week (0.3 per day)')).toBeInTheDocument();
    expect(figure('Deployment frequency').getByText('Rests on 4 deployments over 14 days.')).toBeInTheDocument();
    expect(figure('Change fail rate').getByText('25.0 % (1 caused an incident)')).toBeInTheDocument();
    expect(figure('Failed deployment recovery time').getByText('Median 3.0 hours')).toBeInTheDocument();
    expect(figure('Failed deployment recovery time').getByText('Rests on 1 incident.')).toBeInTheDocument();
    expect(figure('Deployment rework rate').getByText('25.0 % (1 unplanned)')).toBeInTheDocument();
  }, 20_000);

  it('names a dropped binary file and keeps the figures from before', async () => {
    render(<MeasurePage />);
    await dropRecords();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    fireEvent.drop(dropZone(), filesDrag([{ file: browserFile('deployments.png', png, 'image/png') }]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“deployments.png” is not a text file (it holds binary data), so it was not read.');
    expect(alert).toHaveTextContent('Nothing new was read; the records and figures below are the ones from before.');
    expect(figure('Change fail rate').getByText('25.0 % (1 caused an incident)')).toBeInTheDocument();
  }, 20_000);

  it('says a dropped folder was not read, and reads the files dropped with it', async () => {
    render(<MeasurePage />);
    const [deployments] = recordFiles();
    fireEvent.drop(dropZone(), filesDrag([{ file: browserFile('exports', '', ''), folder: true }, deployments as Dropped]));
    expect(screen.getByRole('alert')).toHaveTextContent('“exports” is a folder, so it was not read: drop or choose the files inside instead.');
    await screen.findByRole('heading', { name: 'Deployment frequency', level: 3 }, { timeout: 10_000 });
    expect(screen.getByText(/Read “deployments.csv” as deployments: 4 records\./)).toBeInTheDocument();
    expect(screen.queryByText(/“exports” could not be read/)).not.toBeInTheDocument();
  }, 20_000);

  it('says so when a drop of files holds no file it can read, and reads nothing', async () => {
    const onFiles = vi.fn();
    render(<Loader onFiles={onFiles} onPaste={() => {}} onSample={() => {}} busy={false} />);
    fireEvent.drop(dropZone(), filesDrag([]));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was read: what was dropped held no file. Drop record files (CSV or JSON), or choose them.');
    expect(onFiles).not.toHaveBeenCalled();
    // Choosing files afterwards clears the message.
    await userEvent.setup().upload(dropZone(), browserFile('deployments.csv', DEPLOYMENTS, 'text/csv'));
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('while the files before are being read, does not invite a drop, asks for the files again if one comes, and drops that request once they are read', () => {
    const onFiles = vi.fn();
    const loader = (busy: boolean) => <Loader onFiles={onFiles} onPaste={() => {}} onSample={() => {}} busy={busy} />;
    const { rerender } = render(loader(true));
    const drag = filesDrag(recordFiles());
    // Cancelled, so the files do not open in the tab, but refused: no copy, no "release" prompt.
    expect(fireEvent.dragOver(screen.getByText(/Choose record files/), drag)).toBe(false);
    expect(drag.dataTransfer.dropEffect).toBe('none');
    expect(screen.queryByText('Release to read the files.')).not.toBeInTheDocument();
    fireEvent.drop(dropZone(), drag);
    expect(screen.getByRole('alert')).toHaveTextContent('The files before are still being read: drop these again once their figures are shown.');
    expect(onFiles).not.toHaveBeenCalled();
    rerender(loader(false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says “Release to read the files” while files are dragged over the zone, and not for dragged text', () => {
    render(<Loader onFiles={() => {}} onPaste={() => {}} onSample={() => {}} busy={false} />);
    const zoneText = screen.getByText(/Choose record files/);
    // Text dragged over the zone is not taken (the event is not cancelled) and changes nothing.
    expect(fireEvent.dragEnter(zoneText, textDrag('hello'))).toBe(true);
    expect(screen.queryByText('Release to read the files.')).not.toBeInTheDocument();
    const drag = filesDrag(recordFiles());
    expect(fireEvent.dragEnter(zoneText, drag)).toBe(false);
    expect(fireEvent.dragOver(zoneText, drag)).toBe(false);
    expect(drag.dataTransfer.dropEffect).toBe('copy');
    expect(screen.getByText('Release to read the files.')).toBeInTheDocument();
    fireEvent.dragLeave(zoneText, drag);
    expect(screen.queryByText('Release to read the files.')).not.toBeInTheDocument();
  });

  it('refuses files dragged beside the drop zone, so they do not open in the tab in place of the page', () => {
    const onFiles = vi.fn();
    render(<Loader onFiles={onFiles} onPaste={() => {}} onSample={() => {}} busy={false} />);
    const beside = screen.getByRole('textbox', { name: /Or paste CSV text/ });
    const drag = filesDrag(recordFiles());
    expect(fireEvent.dragOver(beside, drag)).toBe(false);
    expect(drag.dataTransfer.dropEffect).toBe('none');
    expect(fireEvent.drop(beside, drag)).toBe(false);
    expect(onFiles).not.toHaveBeenCalled();
    // Text can still be dragged into the paste box.
    expect(fireEvent.dragOver(beside, textDrag('id,finished_at'))).toBe(true);
  });
});
