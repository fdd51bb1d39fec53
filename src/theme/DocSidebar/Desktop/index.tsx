import type { Props } from "@theme/DocSidebar/Desktop";
import DocSidebarDesktop from "@theme-original/DocSidebar/Desktop";
import type { ReactNode } from "react";
import WideScreenOnly from "../../../components/Island/WideScreenOnly";

/** The docs' sidebar beside the page, not hydrated on a narrow screen (see WideScreenOnly). */
export default function DocSidebarDesktopWideOnly(props: Props): ReactNode {
  return (
    <WideScreenOnly>
      <DocSidebarDesktop {...props} />
    </WideScreenOnly>
  );
}
