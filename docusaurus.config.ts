import { fileURLToPath } from "node:url";
import type * as Preset from "@docusaurus/preset-classic";
import type { Config } from "@docusaurus/types";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import activationFormulasPlugin from "./plugins/activation-formulas";
import apiReferencePlugin from "./plugins/api-reference";
import codeThemePlugin from "./plugins/code-theme";
import { prismVariableTheme } from "./plugins/code-theme/prismVariables";
import { siteCodeThemes } from "./plugins/code-theme/siteThemes";
import cspPlugin from "./plugins/csp";
import deferredLayoutPlugin from "./plugins/deferred-layout";
import fontFilesPlugin from "./plugins/font-files";
import leanStartupPlugin from "./plugins/lean-startup";
import { proseIslands } from "./plugins/mdx";
import rehypeFirstScreenFonts from "./plugins/mdx/rehypeFirstScreenFonts";
import rehypeStaticKatex from "./plugins/mdx/rehypeStaticKatex";
import playgroundPlugin from "./plugins/playground";
import readerMovesPlugin from "./plugins/reader-moves";
import robotsTxtPlugin from "./plugins/robots-txt";
import routePrefetchPlugin from "./plugins/route-prefetch";
import routeScriptsPlugin from "./plugins/route-scripts";
import socialCardsPlugin, { SITE_CARD } from "./plugins/social-cards";
import { questions } from "./src/data/questions";
import { SEARCH_SHORTCUT } from "./src/theme/SearchBar/shortcut";

/** `url` and `baseUrl` come from the environment so the site can be hosted under a sub-path. */
const url = process.env.SITE_URL ?? "https://nn-explained.github.io";
const baseUrl = `/${(process.env.BASE_URL ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

const trailingSlash = false;
/** An article's plain HTML leaves its JavaScript (plugins/mdx/rehypeProseIslands.ts). */
const prose = proseIslands(fileURLToPath(new URL(".", import.meta.url)), baseUrl, trailingSlash);
/**
 * Math and prose, in the order the steps need: KaTeX's markup, the first screen's fonts (read from that markup),
 * islands of plain HTML, then the rest of the math.
 */
const rehypePlugins = [rehypeKatex, rehypeFirstScreenFonts, prose.rehype, rehypeStaticKatex];

/** One theme for both modes, its colours CSS variables (plugins/code-theme), so code blocks render once. */
const codeTheme = prismVariableTheme(siteCodeThemes.light, siteCodeThemes.dark);

const config: Config = {
  title: "NN Explained",
  tagline: "Four neural-network questions, answered correctly, with code you can run.",
  favicon: "img/favicon.svg",
  url,
  baseUrl,
  trailingSlash,
  onBrokenLinks: "throw",
  onBrokenAnchors: "throw",
  onDuplicateRoutes: "throw",
  markdown: {
    hooks: { onBrokenMarkdownLinks: "throw", onBrokenMarkdownImages: "throw" },
    // Explicit heading IDs (`## Title {#id}`), kept on although the v4 flags turn MDX 1 compatibility off:
    // forum links point at these anchors and must survive any change of wording.
    mdx1Compat: { comments: false, admonitions: false, headingIds: true },
  },
  future: { v4: true, faster: true },
  i18n: { defaultLocale: "en", locales: ["en"] },
  presets: [
    [
      "classic",
      {
        docs: {
          routeBasePath: "/",
          sidebarPath: "./sidebars.ts",
          remarkPlugins: [remarkMath],
          rehypePlugins,
          showLastUpdateTime: false,
        },
        blog: false,
        pages: { remarkPlugins: [remarkMath], rehypePlugins },
        theme: {
          customCss: ["./node_modules/katex/dist/katex.min.css", "./src/css/custom.css"],
        },
        sitemap: { changefreq: "weekly", priority: 0.5 },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Moved pages keep their old URL: add { from: "/old-slug", to: "/new-slug" } here (tests/e2e/links.test.ts).
    ["@docusaurus/plugin-client-redirects", { redirects: [] }],
    // Writes the API and activation reference pages' content from packages/core (docs/reference/_generated).
    apiReferencePlugin,
    // The activation widgets' formulas, typeset at build time: KaTeX never runs in the browser.
    activationFormulasPlugin,
    // `?raw` imports of examples, the sandboxed runner's files, and each example's recorded output.
    playgroundPlugin,
    prose.plugin,
    socialCardsPlugin,
    robotsTxtPlugin,
    codeThemePlugin(siteCodeThemes),
    fontFilesPlugin,
    routePrefetchPlugin,
    routeScriptsPlugin,
    deferredLayoutPlugin,
    // Marks the reader's first move, after which editors and widgets near the viewport load.
    readerMovesPlugin,
    // Keeps tslib and the navigation progress bar out of every page's start-up code.
    leanStartupPlugin,
    // Keep last: it hashes the inline scripts of the finished HTML.
    cspPlugin({
      // The playground's runner page, loaded in an iframe sandboxed without allow-same-origin, runs reader
      // code in a worker made from a Blob, which imports the code's modules from Blob URLs. It may
      // load its own script and nothing else, and connect nowhere.
      pages: [
        {
          path: /^assets\/playground\/runner\.[^/]+\.html$/,
          policy:
            "default-src 'none'; script-src 'self' blob:; worker-src blob:; connect-src 'none'; " +
            "base-uri 'none'; form-action 'none'",
        },
      ],
    }),
  ],
  themes: [
    [
      "@easyops-cn/docusaurus-search-local",
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: "/",
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        // The static bar that stands in for the plugin's until it loads answers the same shortcut.
        searchBarShortcutKeymap: SEARCH_SHORTCUT,
        explicitSearchResultPath: true,
        // Copy buttons and the short answer's Markdown quote repeat the page: keep them out of results.
        ignoreCssSelectors: ["[data-search-ignore]"],
        // The reference pages are searched on their own: from an article, results are articles (a query such
        // as "softmax" would otherwise fill the list with API entries); from /reference, the reference first.
        searchContextByPaths: [{ label: "Reference", path: "reference" }],
      },
    ],
  ],
  themeConfig: {
    image: SITE_CARD,
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: "NN Explained",
      // Empty alt: the title beside the logo already names the site (Lighthouse: redundant alt text).
      // Its size given, the title beside it keeps its place while the image loads (a layout shift otherwise).
      logo: { alt: "", src: "img/favicon.svg", width: 32, height: 32 },
      items: [
        // Plain links: a doc item is active on every page of its sidebar, and these share one, so each
        // article marked all four as the current page (`aria-current`, and their colour).
        ...questions.map((q) => ({ to: `/${q.slug}`, label: q.navLabel, position: "left" as const })),
        { to: "/reference/api", label: "Reference", position: "right", activeBasePath: "reference" },
        { type: "search", position: "right" },
      ],
    },
    footer: {
      style: "dark",
      links: [
        {
          title: "Questions",
          items: questions.map((q) => ({ label: q.navLabel, to: `/${q.slug}` })),
        },
        {
          title: "Reference",
          items: [
            { label: "API of @nn-explained/core", to: "/reference/api" },
            { label: "Activations", to: "/reference/activations" },
            { label: "Metrics", to: "/reference/metrics" },
          ],
        },
        {
          title: "About",
          items: [{ label: "Home", to: "/" }],
        },
      ],
      copyright: "NN Explained. Numbers checked against scikit-learn and PyTorch.",
    },
    prism: {
      theme: codeTheme,
      darkTheme: codeTheme,
      additionalLanguages: ["python", "bash"],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
