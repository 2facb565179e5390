import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { useDocItem } from '@site/src/hooks/useDocItem';
import { MockDoc } from '@site/src/test/mocks/docsClient';
import Content from '..';

/** A part of a page that says which item the page presents. */
function Presents() {
  const item = useDocItem();
  return <p>{item === undefined ? 'No item' : `The ${item.kind} “${item.id}”`}</p>;
}

function PhaseName() {
  return <p>{useCurrentPhase('PhaseName').name}</p>;
}

const renderDoc = (docId: string, children: React.ReactNode) =>
  render(
    <MockDoc id={docId}>
      <Content>{children}</Content>
    </MockDoc>,
  );

describe('DocItem/Content', () => {
  it.each([
    ['phases/verify', 'The phase “verify”'],
    ['roles/security', 'The role “security”'],
    ['frameworks/dora', 'No item'],
  ])('gives the content of %s its item', (docId, text) => {
    renderDoc(docId, <Presents />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('gives a phase page’s sections their phase, and links the page’s Markdown copy', () => {
    renderDoc('phases/verify', <PhaseName />);
    expect(screen.getByText('Verify & Integrate')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', '/docs/phases/verify.md');
  });

  it('fails the build on a page whose id is not one of its folder’s items, naming the page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderDoc('phases/deploy', <Presents />)).toThrow(/^docs\/phases\/deploy\.mdx presents phase "deploy"/);
    } finally {
      quiet.mockRestore();
    }
  });
});
