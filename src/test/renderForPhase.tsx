import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MDXProvider } from '@mdx-js/react';
import Admonition from '@theme/Admonition';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { getPhase } from '@site/src/data';

/** Renders a section of a phase guide as it appears on that phase's page: inside MDX content, for its phase. */
export const renderForPhase = (phaseId: string, ui: ReactElement): RenderResult =>
  render(
    <MDXProvider components={{ admonition: Admonition }}>
      <CurrentPhaseProvider phase={getPhase(phaseId)}>{ui}</CurrentPhaseProvider>
    </MDXProvider>,
  );
