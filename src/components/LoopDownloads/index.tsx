import { usePluginData } from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { formatBytes } from '@site/src/lib/files';
import { LOOP_IMAGES_PLUGIN, readLoopDownloads, type LoopDownload } from '@site/src/lib/loopDownloads';

const COLUMNS = ['Drawing', 'Format', 'Size', 'File size'] as const;

function DownloadRow({ download }: { download: LoopDownload }) {
  const href = useBaseUrl(download.path);
  const what = `${download.mode === 'light' ? 'Light' : 'Dark'} background`;
  return (
    <Row>
      <RowHeader>
        <a href={href} download>
          {what}, {download.format.toUpperCase()}
        </a>
      </RowHeader>
      <Cell column={COLUMNS[1]}>{download.format === 'svg' ? 'SVG: scales to any size, text stays text' : 'PNG'}</Cell>
      <Cell column={COLUMNS[2]}>
        {download.width} × {download.height} px
      </Cell>
      <Cell column={COLUMNS[3]}>{formatBytes(download.bytes)}</Cell>
    </Row>
  );
}

/** The downloadable drawings of the loop, with their sizes, as the build drew them. */
export default function LoopDownloads() {
  const read = readLoopDownloads(usePluginData(LOOP_IMAGES_PLUGIN));
  // A build fault, not the reader's: fail the build, naming what is wrong.
  if (!read.ok) throw new Error(`The drawings to download cannot be listed: ${read.message}. Is src/plugins/loopImages.ts in docusaurus.config.ts?`);
  const downloads = read.value;
  return (
    <TableFrame label="Drawings of the loop">
      <Table>
        <caption>The loop to download, drawn from the same layout as this site’s diagram</caption>
        <HeaderRow columns={COLUMNS} />
        <Body>
          {downloads.map((download) => (
            <DownloadRow key={download.path} download={download} />
          ))}
        </Body>
      </Table>
    </TableFrame>
  );
}
