import { useNavbarMobileSidebar } from "@docusaurus/theme-common/internal";
import type { Props } from "@theme/DocSidebar/Mobile";
import DocSidebarMobile from "@theme-original/DocSidebar/Mobile";
import type { ReactNode } from "react";
import { useReaderMoved } from "../../../components/Island/readerMoves";

/**
 * The docs' sidebar for the phone's menu panel (../../Navbar/MobileSidebar), handed over once the reader has
 * moved (or opens the panel). Docusaurus's hands it over right after hydration on a narrow screen, and the
 * handing over sorts its props with `localeCompare`, whose first call in a page sets up the browser's
 * collation (7 ms; 30 ms at a 4× CPU slowdown, in the task after hydration).
 */
export default function DocSidebarMobileOnceMoved(props: Props): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  return useReaderMoved() || shown ? <DocSidebarMobile {...props} /> : null;
}
