import Link from "@docusaurus/Link";
import { translate } from "@docusaurus/Translate";
import { useAnchorTargetClassName } from "@docusaurus/theme-common";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import type { Props } from "@theme/Heading";
import clsx from "clsx";
import type { ReactNode } from "react";
import CopyButton from "../../components/CopyButton";
import styles from "./styles.module.css";

/**
 * Docusaurus's heading (hash link on hover or focus) plus a "copy link" button that puts the
 * section's canonical address on the clipboard, ready to paste into a forum answer.
 * The original is small, so it is reproduced here rather than wrapped: the button must sit inside
 * the heading, after the hash link.
 */
export default function Heading({ as: As, id, ...props }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  const { siteConfig } = useDocusaurusContext();
  // H1 headings need no id: they are the page itself and do not appear in the table of contents.
  if (As === "h1" || !id) {
    return <As {...props} id={undefined} />;
  }
  brokenLinks.collectAnchor(id);
  const heading = typeof props.children === "string" ? props.children : id;
  const anchorTitle = translate(
    {
      id: "theme.common.headingLinkTitle",
      message: "Direct link to {heading}",
      description: "Title for link to heading",
    },
    { heading },
  );
  return (
    <As {...props} className={clsx("anchor", anchorTargetClassName, styles.heading, props.className)} id={id}>
      {props.children}
      <Link className="hash-link" to={`#${id}`} aria-label={anchorTitle} title={anchorTitle} translate="no">
        &#8203;
      </Link>
      <CopyButton
        className={styles.copyLink}
        label={`Copy link to section “${heading}”`}
        text={() => `${siteConfig.url}${window.location.pathname}#${id}`}
      />
    </As>
  );
}
