import Admonition from '@site/src/components/MdxAdmonition';
import { loop } from '@site/src/data';

/** The seed marks the model as a working draft; pages that present the model say so. */
export default function DraftNotice() {
  return (
    <Admonition type="caution" title="Working draft">
      <p>{loop.draftNotice}</p>
    </Admonition>
  );
}
