import DocItemTOCDesktop from "@theme-original/DocItem/TOC/Desktop";
import type { ReactNode } from "react";
import WideScreenOnly from "../../../../components/Island/WideScreenOnly";

/** The table of contents beside an article, not hydrated on a narrow screen (see WideScreenOnly). */
export default function DocItemTOCDesktopWideOnly(): ReactNode {
  return (
    <WideScreenOnly>
      <DocItemTOCDesktop />
    </WideScreenOnly>
  );
}
