// Islands: parts of a page that the server renders from data the browser's start-up code does not carry
// (an example's recorded output with its charts, a Python twin's output). While the page hydrates, an
// island renders `dangerouslySetInnerHTML` with an empty string: React leaves the element's server
// content alone during hydration (as src/components/CodeBlock/Lines.tsx does for code lines) and
// compares the string only on later renders, where it stays the same. So the browser needs neither the
// data nor the code that draws it until the content must change. A component first rendered in the
// browser (navigation inside the site) has no server content to keep: it renders its children, which
// its owner gives once it has loaded what they need.
import {
  type ComponentPropsWithoutRef,
  type ElementType,
  type ReactNode,
  type Ref,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

/** True when the page hydrates server HTML (`docusaurus build`), false under `docusaurus start`, which renders from scratch. */
const HYDRATING_ENTRY = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

/** Set once the page's first render in the browser has committed (`markPageHydrated`). */
let pageHydrated = false;

/**
 * Marks the end of the page's hydration: called from an effect of the component around every page
 * (src/theme/Root.tsx), which runs once the first render has committed and before any later one starts.
 */
export function markPageHydrated(): void {
  pageHydrated = true;
}

/**
 * Whether a component rendering now is part of the page's hydration of the server's HTML: true only in the
 * browser's first render of a server-rendered page; false on the server, in `docusaurus start`, and once
 * that render has committed.
 *
 * A module flag rather than `@docusaurus/useIsBrowser`: that hook subscribes to a context that turns true
 * just after hydration, which renders every component that reads it again. On an article, where every
 * prose part, playground and code block asked, that second render of most of the page took one task of
 * about 160 ms at a 4× CPU slowdown, right after hydration.
 */
export function isHydratingServerPage(): boolean {
  return HYDRATING_ENTRY && typeof window !== "undefined" && !pageHydrated;
}

/**
 * Whether this component was first rendered while the page hydrated the server's HTML: then its DOM is
 * the server's. Fixed for the component's lifetime; false on the server, in `docusaurus start`, and for
 * a component mounted after hydration.
 */
export function useHydratedFromServer(): boolean {
  const [hydrated] = useState(isHydratingServerPage);
  return hydrated;
}

/**
 * Whether an island keeps its server content: `wanted` (usually `useHydratedFromServer()`, false once the
 * content must change) unless the element turned out empty after hydration: its server markup was not
 * kept (React rendered that part of the page afresh), so its owner must render the content after all.
 * @returns `keep` for `<Island>`, and the `ref` to give it
 */
export function useIsland<T extends HTMLElement>(wanted: boolean): { keep: boolean; ref: Ref<T> } {
  const ref = useRef<T>(null);
  const [lost, setLost] = useState(false);
  useLayoutEffect(() => {
    if (wanted && !lost && ref.current?.childNodes.length === 0) setLost(true);
  }, [wanted, lost]);
  return { keep: wanted && !lost, ref };
}

type IslandProps<E extends ElementType> = {
  /** The element (default `div`); its own attributes are rendered as usual, on both sides. */
  as?: E;
  /** Keep the server's content and ignore `children` (see `useIsland`). */
  keep: boolean;
  ref?: Ref<HTMLElement>;
  children?: ReactNode;
} & Omit<ComponentPropsWithoutRef<E>, "children" | "dangerouslySetInnerHTML">;

/**
 * An element whose content the server renders and a hydrating browser keeps without rendering it.
 * @example
 * const output = useIsland<HTMLDivElement>(useHydratedFromServer());
 * <Island keep={output.keep} ref={output.ref}>{recorded && <Console entries={recorded.entries} />}</Island>
 */
export default function Island<E extends ElementType = "div">({
  as,
  keep,
  children,
  ...attributes
}: IslandProps<E>): ReactNode {
  const As: ElementType = as ?? "div";
  // A different key for each mode: the element is made anew when the content stops being the server's,
  // rather than React turning its kept HTML into children.
  return keep ? (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: always the empty string, which React leaves alone while hydrating
    <As key="server" {...attributes} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
  ) : (
    <As key="browser" {...attributes}>
      {children}
    </As>
  );
}
