import type { ComponentType, ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';

type Module<T> = { default: T };
let ThemeCodeBlock: ComponentType<Props> | undefined;

/**
 * The theme's code block, but Prism is evaluated the first time a page shows code, not on every page:
 * its grammars took about half of the start-up script's run time (issue #5). `require` runs a bundled
 * module when first called, synchronously, so server rendering and hydration are unchanged. The
 * theme's own start-up module that loaded Prism is replaced by src/plugins/lazyPrism.ts.
 */
function themeCodeBlock(): ComponentType<Props> {
  if (!ThemeCodeBlock) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { Prism } = require('prism-react-renderer') as typeof import('prism-react-renderer');
    (require('@theme/prism-include-languages') as Module<(prism: typeof Prism) => void>).default(Prism);
    ThemeCodeBlock = (require('@theme-original/CodeBlock') as Module<ComponentType<Props>>).default;
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return ThemeCodeBlock;
}

export default function CodeBlock(props: Props): ReactNode {
  const Original = themeCodeBlock();
  // Not created in render: themeCodeBlock() returns the same module-level component every time.
  // eslint-disable-next-line react-hooks/static-components
  return <Original {...props} />;
}
