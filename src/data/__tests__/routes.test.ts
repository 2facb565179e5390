import { describe, expect, it } from 'vitest';
import {
  arcPath,
  countWord,
  docPath,
  feedbackArcs,
  FRAMEWORK_IDS,
  frameworkPath,
  getPhase,
  guideOutline,
  pagePaths,
  paths,
  PHASE_IDS,
  phaseLabel,
  phasePath,
} from '..';

describe('routes', () => {
  it('put every phase and framework page in the page list, in loop order', () => {
    const phasePages = pagePaths.filter((path) => path.startsWith(docPath('phases/')));
    expect(phasePages).toEqual(PHASE_IDS.map(phasePath));
    expect(pagePaths).toEqual(expect.arrayContaining([paths.home, paths.finder, ...FRAMEWORK_IDS.map(frameworkPath)]));
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
  });

  it('list each doc of the guide outline once', () => {
    const docIds = guideOutline.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.docIds));
    expect(new Set(docIds).size).toBe(docIds.length);
    expect(guideOutline).toContainEqual({ label: 'The six phases', docIds: PHASE_IDS.map((id) => `phases/${id}`) });
  });

  it('link each feedback arc to its section', () => {
    expect(arcPath('learn-to-shape')).toBe('/docs/feedback-arcs#learn-to-shape');
    expect(feedbackArcs.map(arcPath)).toEqual(feedbackArcs.map((arc) => `/docs/feedback-arcs#${arc.id}`));
  });
});

describe('format', () => {
  it.each([
    [0, 'no'],
    [4, 'four'],
    [12, 'twelve'],
    [30, 'thirty'],
    [42, 'forty-two'],
    [100, '100'],
  ])('writes %i as "%s"', (count, word) => {
    expect(countWord(count)).toBe(word);
  });

  it('capitalises a count that starts a sentence', () => {
    expect(countWord(4, { capital: true })).toBe('Four');
  });

  it('labels a phase with its numeral and its full or short name', () => {
    expect(phaseLabel(getPhase('build'))).toBe('③ Build & Collaborate');
    expect(phaseLabel(getPhase('build'), { short: true })).toBe('③ Build');
  });
});
