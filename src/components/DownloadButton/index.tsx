import type { ReactNode } from 'react';
import type { Download } from '@site/src/lib/files';

/** Hands the reader a file made in the page, through a short-lived object URL. */
export function saveDownload({ filename, type, text }: Download): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

interface Props {
  /** Makes the file when the button is pressed, so an export holds what the page shows then. */
  file: () => Download | Promise<Download>;
  disabled?: boolean;
  /** Infima button classes; a secondary button by default. */
  className?: string;
  children: ReactNode;
}

/** A button that downloads a file the page makes (an export), not one the site serves. */
export default function DownloadButton({ file, disabled, className = 'button button--secondary', children }: Props) {
  return (
    <button type="button" className={className} disabled={disabled} onClick={() => void Promise.resolve(file()).then(saveDownload)}>
      {children}
    </button>
  );
}
