import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docIds } from '../routes';
import { linkLabel, pageNames } from '../site';

/** The `title:` of a doc's front matter, unquoted. */
function frontMatterTitle(docId: string): string | undefined {
  const source = readFileSync(`docs/${docId}.mdx`, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return /^title:\s*(.+)$/m.exec(frontMatter)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
}

describe('page names', () => {
  // Docs pages name themselves in their front matter, which cannot import the names.
  it.each(Object.entries(docIds))('the %s doc’s front matter has the title the navbar and footer use', (page, docId) => {
    expect(frontMatterTitle(docId)).toBe(pageNames[page as keyof typeof docIds].title);
  });

  it('a link reads the short label where a page has one, and the title elsewhere', () => {
    expect(linkLabel('overview')).toBe('The loop');
    expect(linkLabel('check')).toBe('Loop check');
  });
});
