import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { getPhase } from '@site/src/data';

/** Renders a section of a phase guide as it appears on that phase's page. */
export const renderForPhase = (phaseId: string, ui: ReactElement): RenderResult =>
  render(<CurrentPhaseProvider phase={getPhase(phaseId)}>{ui}</CurrentPhaseProvider>);
