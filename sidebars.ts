import type { SidebarsConfig } from "@docusaurus/plugin-content-docs";
import { questions } from "./src/data/questions";

/** One entry per question, in the order the landing page presents them, then the reference pages. */
const sidebars: SidebarsConfig = {
  questions: [
    ...questions.map((q) => ({ type: "doc" as const, id: `${q.slug}/index`, label: q.navLabel })),
    {
      type: "category",
      label: "Reference",
      collapsed: false,
      items: ["reference/api", "reference/playground", "reference/activations", "reference/metrics"],
    },
  ],
};

export default sidebars;
