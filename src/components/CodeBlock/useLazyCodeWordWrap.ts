import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** A code block's word-wrap state, the shape of Docusaurus's useCodeWordWrap. */
export interface CodeWordWrap {
  /** The block's `<pre>`. */
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  /** Whether its lines wrap. */
  readonly isEnabled: boolean;
  /** Whether the word-wrap button shows: the code overflows sideways, or is wrapped. */
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
}

/**
 * The word-wrap state of a code block, as Docusaurus's useCodeWordWrap, measured lazily: the block's
 * width is read when it is (or comes) in view, and on window resizes while it is in view. An
 * IntersectionObserver reports after layout, so reading the width then forces no extra layout; a block
 * in a hidden tab is measured when the tab shows it. Turning wrapping off removes only the two
 * properties turning it on set, so the line-number counter on the same element stays.
 */
export function useLazyCodeWordWrap(): CodeWordWrap {
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const [isEnabled, setIsEnabled] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const inView = useRef(false);

  const measure = useCallback(() => {
    const pre = codeBlockRef.current;
    if (pre) setOverflows(pre.scrollWidth > pre.clientWidth);
  }, []);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    const observer = new IntersectionObserver((entries) => {
      inView.current = entries.some((e) => e.isIntersecting);
      if (inView.current) measure();
    });
    observer.observe(pre);
    const onResize = () => {
      if (inView.current) measure();
    };
    window.addEventListener("resize", onResize, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", onResize);
    };
  }, [measure]);

  // After wrapping is turned on or off, the block's overflow has changed: measure again (it is in view: its
  // button was just used), so unwrapping code that overflows keeps the button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs because isEnabled changed
  useEffect(() => {
    if (inView.current) measure();
  }, [isEnabled, measure]);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector("code");
    if (!code) return;
    if (isEnabled) {
      code.style.removeProperty("white-space");
      code.style.removeProperty("overflow-wrap");
    } else {
      code.style.whiteSpace = "pre-wrap";
      // Very long tokens wrap too, so a wrapped block never scrolls sideways.
      code.style.overflowWrap = "anywhere";
    }
    setIsEnabled(!isEnabled);
  }, [isEnabled]);

  // Wrapped code no longer overflows, but the button must stay to unwrap it.
  return { codeBlockRef, isEnabled, isCodeScrollable: overflows || isEnabled, toggle };
}
