import { useEffect, useRef } from 'react';
import SearchBar from '@theme-original/SearchBar';

type Props = Record<string, never>;

/**
 * The search plugin loads its index when the box gets focus and, once the index arrives, focuses the
 * box again even if the reader has tabbed on. That pulls keyboard users back to the navbar (SC 3.2.1).
 * Focus that no key or pointer asked for is sent back to where the reader was.
 */
export default function SearchBarWrapper(props: Props) {
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = wrapper.current;
    if (!root) return undefined;
    let userAction = false;
    let hasLeft = false;
    // Focus caused by a key or a pointer happens in the same task as that event.
    const markUserAction = () => {
      userAction = true;
      setTimeout(() => {
        userAction = false;
      }, 0);
    };
    // Leaving means focusing something else or pressing a pointer outside. A focusout with no new
    // target is not enough: the plugin re-parents the box when its index arrives, which blurs it.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) hasLeft = true;
    };
    const onPointerDown = (event: PointerEvent) => {
      markUserAction();
      if (!(event.target instanceof Node && root.contains(event.target))) hasLeft = true;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!hasLeft || userAction) {
        hasLeft = false;
        return;
      }
      const previous = event.relatedTarget;
      if (previous instanceof HTMLElement || previous instanceof SVGElement) previous.focus();
      else if (event.target instanceof HTMLElement) event.target.blur();
    };
    window.addEventListener('keydown', markUserAction, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', markUserAction, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  return (
    <div ref={wrapper} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
