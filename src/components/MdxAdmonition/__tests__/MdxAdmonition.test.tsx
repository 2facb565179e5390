import { render, screen } from '@testing-library/react';
import { MDXProvider } from '@mdx-js/react';
import { describe, expect, it, vi } from 'vitest';
import MdxAdmonition from '..';

describe('MdxAdmonition', () => {
  it('shows the admonition of the MDX content it sits in, with its title and text', () => {
    const Admonition = ({ title, children }: { title?: string; children?: React.ReactNode }) => (
      <aside aria-label={title}>{children}</aside>
    );
    render(
      <MDXProvider components={{ admonition: Admonition }}>
        <MdxAdmonition type="tip" title="Where to start">
          <p>Begin with one arc.</p>
        </MdxAdmonition>
      </MDXProvider>,
    );
    expect(screen.getByRole('complementary', { name: 'Where to start' })).toHaveTextContent('Begin with one arc.');
  });

  it('fails with a message naming the problem outside MDX content', () => {
    // React reports the thrown error on the console too; keep the test's output readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<MdxAdmonition type="tip">text</MdxAdmonition>)).toThrow(/outside MDX content/);
    quiet.mockRestore();
  });
});
