import { describe, expect, it, vi } from 'vitest';
import pagePracticesPlugin, { pagePracticesFiles } from '../pagePractices';

describe('pagePracticesPlugin', () => {
  it('writes one JSON module for each phase guide, each role guide and the feedback arcs page, each holding only its page’s practices', async () => {
    const createData = vi.fn(async (name: string, data: string) => `${name}:${data.length}`);
    const plugin = pagePracticesPlugin();
    await plugin.contentLoaded?.({ content: undefined, actions: { createData } as never });
    const written = new Map(createData.mock.calls.map(([name, data]) => [name, JSON.parse(data)]));
    expect([...written.keys()].sort()).toEqual([
      'arcs.json',
      'phase-build.json',
      'phase-discover.json',
      'phase-learn.json',
      'phase-release.json',
      'phase-shape.json',
      'phase-verify.json',
      'role-data-science.json',
      'role-engineering.json',
      'role-platform-operations.json',
      'role-product-leadership.json',
      'role-product-management.json',
      'role-security.json',
      'role-technical-writing.json',
    ]);
    const verify = written.get('phase-verify.json');
    expect(verify.phase).toBe('verify');
    expect(verify.failureModes.map((mode: { id: string }) => mode.id)).toEqual(['coverage-gaps', 'speed-over-quality', 'false-positives']);
    // ④'s page carries its own practices and none of ① Discover's.
    const text = JSON.stringify(verify);
    expect(text).toContain('https://dora.dev/capabilities/test-automation/');
    expect(text).not.toContain('Validate the problem before you build');
    expect(written.get('arcs.json').arcs.map((arc: { arc: string }) => arc.arc)).toEqual(['learn-to-shape', 'verify-to-build', 'release-to-verify', 'build-to-shape']);
    expect(Object.keys(pagePracticesFiles())).toHaveLength(14);
  });
});
