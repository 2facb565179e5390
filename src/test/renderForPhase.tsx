import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MDXProvider } from '@mdx-js/react';
import Admonition from '@theme/Admonition';
import { phaseDocId, type PhaseId } from '@site/src/data';
import { DocItemProvider } from '@site/src/hooks/useDocItem';

/** Renders a part of a doc as it appears on that doc's page: inside MDX content, given its item from its id. */
export const renderInDoc = (docId: string, ui: ReactElement): RenderResult =>
  render(
    <MDXProvider components={{ admonition: Admonition }}>
      <DocItemProvider docId={docId}>{ui}</DocItemProvider>
    </MDXProvider>,
  );

/** Renders a section of a phase guide as it appears on that phase's page. */
export const renderForPhase = (phaseId: PhaseId, ui: ReactElement): RenderResult => renderInDoc(phaseDocId(phaseId), ui);
