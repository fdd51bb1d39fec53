/**
 * The narrowest screen Docusaurus lays out as a desktop, sidebar and table of contents beside the article, in
 * CSS pixels: its `useWindowSize` calls a screen "mobile" up to 996 px, as Infima's CSS does (`max-width:
 * 996px`). The site's parts that follow that breakpoint take it from here (src/components/Island/WideScreenOnly
 * .tsx, plugins/mdx/rehypeFirstScreenFonts.ts, the footer's height in plugins/deferred-layout/blocks.ts).
 * _desktopWidth.test.ts holds Docusaurus's own breakpoint to it, and src/css/custom.css to naming no other.
 */
export const DESKTOP_MIN_WIDTH = 997;
