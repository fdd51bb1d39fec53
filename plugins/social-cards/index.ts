import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { questions } from "../../src/data/questions";
import { SITE_CARD, SOCIAL_CARD_DIR } from "./paths";
import { renderCard } from "./render";

export { SITE_CARD, SOCIAL_CARD_DIR } from "./paths";

/**
 * Renders a 1200×630 link-preview card for each article from its title and short answer
 * (`src/data/questions.ts`), and one for the site, at build time with resvg and the DejaVu fonts:
 * no outside service, no network font. `src/theme/DocItem/Metadata` points each article's
 * `og:image` and `twitter:image` at its card.
 */
export default function socialCardsPlugin(context: LoadContext): Plugin {
  const require = createRequire(join(context.siteDir, "package.json"));
  const fontDir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const fontFiles = [join(fontDir, "DejaVuSans.ttf"), join(fontDir, "DejaVuSans-Bold.ttf")];
  return {
    name: "social-cards",
    async postBuild({ outDir, siteConfig }) {
      const dir = join(outDir, SOCIAL_CARD_DIR);
      mkdirSync(dir, { recursive: true });
      const host = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/^https?:\/\//, "");
      const cards = [
        { file: SITE_CARD, title: siteConfig.title, body: siteConfig.tagline ?? "", url: host.replace(/\/$/, "") },
        ...questions.map((q) => ({
          file: `${SOCIAL_CARD_DIR}/${q.slug}.png`,
          title: q.title,
          body: q.shortAnswer,
          url: `${host}${q.slug}`,
        })),
      ];
      for (const card of cards) {
        writeFileSync(join(outDir, card.file), renderCard({ site: siteConfig.title, ...card }, fontFiles));
      }
    },
  };
}
