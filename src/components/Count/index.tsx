import { counts, countWord, type CountedThing } from '@site/src/data';

interface Props {
  /** What to count, e.g. "feedbackArcs"; an unknown name throws, so a typo fails the build. */
  of: string;
  /** Start with a capital letter, for the start of a sentence. */
  capital?: boolean;
}

const isCounted = (name: string): name is CountedThing => Object.hasOwn(counts, name);

/** A count from the model, written as a word ("four"), so prose never states a number the data holds. */
export default function Count({ of, capital = false }: Props) {
  if (!isCounted(of)) throw new Error(`Unknown count "${of}". Use one of: ${Object.keys(counts).join(', ')}.`);
  return <>{countWord(counts[of], { capital })}</>;
}
