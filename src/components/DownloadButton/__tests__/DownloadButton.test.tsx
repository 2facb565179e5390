import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '@site/src/test/setup';
import DownloadButton from '..';

const { createObjectURL, revokeObjectURL } = URL;

describe('DownloadButton', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('hands the reader the file the page makes when pressed, under its name', async () => {
    // jsdom has no object URLs and does not follow links: record what would be downloaded.
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:made'));
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const user = userEvent.setup();
    render(<DownloadButton file={() => ({ filename: 'loop-checks.json', type: 'application/json', text: '{"checks": []}' })}>Export as JSON</DownloadButton>);
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await vi.waitFor(() => expect(clicked).toEqual([{ href: 'blob:made', download: 'loop-checks.json' }]));
    expect(blobs[0]?.type).toBe('application/json');
    expect(blobs[0]?.size).toBe('{"checks": []}'.length);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:made');
  });

  it('cannot be pressed when there is nothing to download', async () => {
    const file = vi.fn();
    render(
      <DownloadButton disabled file={file}>
        Export as CSV
      </DownloadButton>,
    );
    expect(screen.getByRole('button', { name: 'Export as CSV' })).toBeDisabled();
    await expectNoAxeViolations(document.body);
  });
});
