import { useNavbarMobileSidebar } from "@docusaurus/theme-common/internal";
import NavbarMobileSidebar from "@theme-original/Navbar/MobileSidebar";
import { type ReactNode, useEffect } from "react";
import { useReaderMoved } from "../../../components/Island/readerMoves";

/**
 * The phone's menu panel, rendered once the reader has moved (or opens it), not as the page starts. Docusaurus
 * renders it, hidden, right after hydration on a narrow screen: with the docs' sidebar it holds
 * (../../DocSidebar/Mobile) that was a render of about 95 ms at a 4× CPU slowdown in the task after
 * hydration, on every page, for a menu most readers never open. The panel's first opening slides in as
 * before (`@starting-style` in src/css/custom.css: a panel rendered already open has no earlier style to
 * move from). Escape closes it, and the focus goes back to the button that opens it.
 */
export default function NavbarMobileSidebarOnceMoved(): ReactNode {
  const { shown, toggle } = useNavbarMobileSidebar();
  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      toggle();
      document.querySelector<HTMLElement>("button.navbar__toggle")?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [shown, toggle]);
  return useReaderMoved() || shown ? <NavbarMobileSidebar /> : null;
}
