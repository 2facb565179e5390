import { useEffect, useRef } from 'react';
import SearchBar from '@theme-original/SearchBar';

type Props = Record<string, never>;

/** Events a reader causes directly; a focus() call made while one is dispatched answers the reader. */
const isReaderEvent = (event: Event | undefined): boolean =>
  event !== undefined &&
  event.isTrusted &&
  (event instanceof KeyboardEvent ||
    event instanceof MouseEvent || // pointer events are mouse events too
    // Desktop Firefox has no TouchEvent.
    (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent));

/**
 * The search plugin loads its index when the box gets focus and, once the index arrives, calls
 * focus() on the box again even if the reader has moved on (it never forgets that the box had
 * focus). That pulls keyboard users back to the navbar (SC 3.2.1).
 *
 * The fix stops that one call instead of undoing its effect: once the reader has left the box, the
 * box's focus() does nothing unless it runs while a key, pointer or touch event is being handled
 * (the plugin's Ctrl+K shortcut). The index arrives in a worker message, never inside such an event,
 * so this does not depend on timing. Focus the reader gives the box (Tab, click) never goes through
 * focus() and is untouched.
 */
export default function SearchBarWrapper(props: Props) {
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = wrapper.current;
    const input = root?.querySelector('input');
    if (!root || !input) return undefined;
    let hasLeft = false;
    const nativeFocus = HTMLInputElement.prototype.focus;
    input.focus = function focus(options?: FocusOptions) {
      if (hasLeft && !isReaderEvent(window.event)) return;
      nativeFocus.call(this, options);
    };
    // Leaving means focusing something else or pressing a pointer outside. A focusout with no new
    // target is not enough: the plugin re-parents the box when its index arrives, which blurs it.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) hasLeft = true;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node && root.contains(event.target))) hasLeft = true;
    };
    const onFocusIn = () => {
      hasLeft = false;
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      delete (input as Partial<Pick<HTMLInputElement, 'focus'>>).focus;
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
