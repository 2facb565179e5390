import { describe, expect, it } from 'vitest';
import {
  arcPath,
  countWord,
  docPath,
  feedbackArcs,
  finderPath,
  finderSearch,
  FRAMEWORK_IDS,
  frameworkPath,
  getPhase,
  guideOutline,
  pagePaths,
  phaseOfDoc,
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

  it('give a page in docs/phases/ the phase its id names, and refuse an id that is not a phase', () => {
    expect(phaseOfDoc('phases/verify')).toBe('verify');
    expect(phaseOfDoc('frameworks/dora')).toBeUndefined();
    expect(phaseOfDoc('value-delivery-loop')).toBeUndefined();
    expect(() => phaseOfDoc('phases/deploy')).toThrow(/docs\/phases\/deploy\.mdx presents phase "deploy", which is not a phase/);
  });

  it('link each feedback arc to its section', () => {
    expect(arcPath('learn-to-shape')).toBe('/docs/feedback-arcs#learn-to-shape');
    expect(feedbackArcs.map(arcPath)).toEqual(feedbackArcs.map((arc) => `/docs/feedback-arcs#${arc.id}`));
  });

  it('write the finder’s query and filters into its address, leaving out empty ones', () => {
    expect(finderPath()).toBe('/metrics');
    expect(finderPath({ q: 'MTTR' })).toBe('/metrics?q=MTTR');
    expect(finderPath({ q: 'lead time & <more>', phase: 'verify' })).toBe('/metrics?q=lead+time+%26+%3Cmore%3E&phase=verify');
    expect(finderPath({ q: '', phase: '', framework: 'space' })).toBe('/metrics?framework=space');
    expect(new URLSearchParams(finderSearch({ q: '#?&=' })).get('q')).toBe('#?&=');
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
