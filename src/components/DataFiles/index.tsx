import CodeBlock from '@theme/CodeBlock';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { getPhase, markdownPath, paths, phaseLabel, phasePath } from '@site/src/data';
import { CSV_COLUMNS } from '@site/src/lib/mappingCsv';

/** The site's data files, what each holds, and how to fetch it; the examples use the site's public address. */
export default function DataFiles() {
  const { withBaseUrl } = useBaseUrlUtils();
  const url = (path: string): string => withBaseUrl(path, { absolute: true });
  const files = [
    { path: paths.publishedModel, what: 'The whole model: every phase, arc, framework, metric and role group, with the phase mapping and a model version.' },
    { path: paths.modelSchema, what: 'The JSON Schema of that file (draft 2020-12). The build checks the JSON against it, so a tool can rely on it.' },
    { path: paths.mappingCsv, what: `The mapping for spreadsheets: one row per DORA metric or ESSP zone and phase, and per SPACE cell. Columns: ${CSV_COLUMNS.join(', ')}.` },
    { path: paths.llms, what: 'For AI assistants: the site in brief, and every page with a line about it and a link to its Markdown copy.' },
    { path: paths.llmsFull, what: 'Every page as Markdown in one file, in reading order: paste it into an assistant to give it the whole guide.' },
    { path: markdownPath(phasePath('verify')), what: `A Markdown copy of one page (here ${phaseLabel(getPhase('verify'))}). Every page has one: add .md to its address.` },
  ];
  return (
    <>
      <dl>
        {files.map((file) => (
          <div key={file.path}>
            <dt>
              <a href={withBaseUrl(file.path)}>{file.path.slice(1)}</a>
            </dt>
            <dd>{file.what}</dd>
          </div>
        ))}
      </dl>
      <CodeBlock language="bash" title="Fetch the files (each is saved under its own name)">
        {files.map((file) => `curl -O ${url(file.path)}`).join('\n')}
      </CodeBlock>
      <CodeBlock language="js" title="Which phases does each DORA metric cover? (browser or Node.js 18+)">
        {[
          `const model = await (await fetch('${url(paths.publishedModel)}')).json();`,
          `for (const metric of model.metrics.filter((m) => m.framework === 'dora')) {`,
          '  console.log(metric.name, metric.phases.join(\', \'));',
          '}',
        ].join('\n')}
      </CodeBlock>
    </>
  );
}
