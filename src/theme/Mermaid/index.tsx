/**
 * Docusaurus's Mermaid component, with theme variables that depend on the colour mode: the stock
 * one shares `themeConfig.mermaid.options` between light and dark. Mermaid's dark theme draws edge
 * labels #cccccc on #585858 (4.43:1, under the 4.5:1 of SC 1.4.3); a darker label background fixes
 * that without touching the light theme. Rendering is the stock component's, via the same hooks.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { ErrorBoundaryErrorMessageFallback } from '@docusaurus/theme-common';
import {
  MermaidContainerClassName,
  useMermaidConfig,
  useMermaidRenderResult,
} from '@docusaurus/theme-mermaid/client';
import type { Props } from '@theme/Mermaid';
import type { MermaidConfig, RenderResult } from 'mermaid';
import styles from './styles.module.css';

/** Per Mermaid theme; #333333 behind #cccccc is 7.7:1. */
const THEME_VARIABLES: Partial<Record<string, Record<string, string>>> = {
  dark: { edgeLabelBackground: '#333333' },
};

function MermaidRenderResult({ renderResult }: { renderResult: RenderResult }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) renderResult.bindFunctions?.(ref.current);
  }, [renderResult]);
  return (
    <div
      ref={ref}
      className={`${MermaidContainerClassName} ${styles.container}`}
      // Mermaid's own SVG output, as the stock component inserts it.
      dangerouslySetInnerHTML={{ __html: renderResult.svg }}
    />
  );
}

function MermaidRenderer({ value }: Props): ReactNode {
  const siteConfig = useMermaidConfig();
  const config = useMemo<MermaidConfig>(() => {
    const extra = THEME_VARIABLES[siteConfig.theme ?? ''];
    return extra ? { ...siteConfig, themeVariables: { ...siteConfig.themeVariables, ...extra } } : siteConfig;
  }, [siteConfig]);
  const renderResult = useMermaidRenderResult({ text: value, config });
  return renderResult === null ? null : <MermaidRenderResult renderResult={renderResult} />;
}

export default function Mermaid(props: Props): ReactNode {
  return (
    <ErrorBoundary fallback={(params) => <ErrorBoundaryErrorMessageFallback {...params} />}>
      <MermaidRenderer {...props} />
    </ErrorBoundary>
  );
}
