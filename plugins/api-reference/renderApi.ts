import type { ApiEntry, ApiKind } from "./collect";
import { codeBlock, docToMdx, inlineCode, tableCell } from "./mdx";

/** A section of an API page: the exports of one source module (a folder or a file of the package's `src`). */
export interface ApiModule {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
}

/** The sections of the core API page, in reading order: what a playground calls first comes first. */
export const MODULES: readonly ApiModule[] = [
  {
    id: "activations",
    title: "Activations",
    intro:
      "Element-wise activation functions with PyTorch's definitions and defaults, and the `activations` registry " +
      "that holds each one's derivative, range, formula and framework names (see the [activation reference](/reference/activations)).",
  },
  {
    id: "softmax",
    title: "Softmax family",
    intro: "Softmax, log-softmax and log-sum-exp, computed stably (max-shifted) with PyTorch's special values.",
  },
  {
    id: "losses",
    title: "Losses",
    intro:
      "Loss functions with PyTorch's semantics, called as `(yTrue, yPred, options)`: the mean over samples unless " +
      '`reduction` is `"sum"` or `"none"`.',
  },
  {
    id: "metrics",
    title: "Metrics",
    intro:
      "Classification metrics with scikit-learn 1.9's semantics under camelCase names (see the " +
      "[metrics reference](/reference/metrics) for every `average` on one example).",
  },
  {
    id: "nn",
    title: "Training",
    intro: "Small multilayer perceptrons for the demos: create, train, predict and inspect gradients and units.",
  },
  {
    id: "data",
    title: "Data sets and random numbers",
    intro:
      "A seeded random number generator that gives the same sequence in every JavaScript engine, and " +
      "scikit-learn's data set generators built on it.",
  },
  {
    id: "errors",
    title: "Errors",
    intro:
      "Structural problems (wrong shapes, invalid options, labels that match nothing) throw one of these " +
      "classes; numeric values never throw, NaN flows through as in PyTorch.",
  },
  {
    id: "tensor",
    title: "Shapes",
    intro: "The array types that the functions accept and return. A matrix is an array of rows; rows are samples.",
  },
];

/** The sections of the `@nn-explained/playground` page. */
export const PLAYGROUND_MODULES: readonly ApiModule[] = [
  {
    id: "sweepSeeds",
    title: "Seed sweeps",
    intro:
      "A result drawn from one random initialisation is an anecdote. `sweepSeeds` runs a demo once per seed, " +
      "shows a progress line in the console while it runs, and summarises the results in words a reader can " +
      'quote: "dead units: 12 of 20 seeds", "median 0.975, range 0.500 to 1.000 (20 seeds)".',
  },
  {
    id: "charts",
    title: "Charts",
    intro:
      "Charts drawn under a playground's console. Data only: a call hands numbers to the page, which draws " +
      "them as SVG; a chart with an `id` redraws in place. Outside the site the same calls print a one-line summary.",
  },
  {
    id: "heatmapChart",
    title: "Heatmaps",
    intro:
      "Values on a grid in core's convention (`x` column centres, `y` row centres, `z[j][i]` at `(x[i], y[j])`): " +
      "a model's output or its class regions over a rectangle, or one map per hidden unit, with the data on top.",
  },
  {
    id: "scatterChart",
    title: "Scatter charts",
    intro: "Points in the plane, each class in its own colour and marker shape.",
  },
];

/** The anchor id of a section heading; prefixed so it never collides with an export named like the module. */
export function moduleAnchor(module: string): string {
  return `module-${module}`;
}

const KIND_LABEL: Record<ApiKind, string> = {
  function: "function",
  const: "constant",
  class: "class",
  interface: "interface",
  type: "type",
};

/** Values (what a reader can call or read) before types, each group alphabetical. */
function byReadingOrder(a: ApiEntry, b: ApiEntry): number {
  const rank = (e: ApiEntry) => (e.kind === "interface" || e.kind === "type" ? 1 : 0);
  return (
    rank(a) - rank(b) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.name.localeCompare(b.name)
  );
}

/** Groups entries into the sections of `modules`; a module not listed there gets a section at the end. */
export function groupByModule(
  entries: readonly ApiEntry[],
  modules: readonly ApiModule[] = MODULES,
): { id: string; title: string; intro: string; entries: ApiEntry[] }[] {
  const known = new Set(modules.map((m) => m.id));
  const extra = [...new Set(entries.map((e) => e.module))].filter((m) => !known.has(m)).sort();
  return [...modules, ...extra.map((id) => ({ id, title: id, intro: "" }))]
    .map((m) => ({ ...m, entries: entries.filter((e) => e.module === m.id).sort(byReadingOrder) }))
    .filter((m) => m.entries.length > 0);
}

/**
 * The body of the API reference page as MDX: one section per module with an index of its exports,
 * then one `###` heading per export, with the explicit anchor `{#name}`, its signature, description,
 * parameters, return value, errors, members and examples.
 */
export function renderApiReference(
  entries: readonly ApiEntry[],
  { modules = MODULES, sourceDir = "packages/core/src" }: { modules?: readonly ApiModule[]; sourceDir?: string } = {},
): string {
  const anchors = new Map(entries.map((e) => [e.name, `#${e.name}`]));
  const out: string[] = [
    'import { ApiBadge, ApiIndex } from "@site/src/components/ApiReference";',
    "",
    `{/* Generated by plugins/api-reference from the JSDoc of ${sourceDir}: edit the source, not this file. */}`,
    "",
  ];
  for (const group of groupByModule(entries, modules)) {
    out.push(`## ${group.title} {#${moduleAnchor(group.id)}}`, "");
    if (group.intro) out.push(group.intro, "");
    // The index is one Markdown paragraph inside a JSX element: MDX needs the blank lines around it.
    out.push(
      "<ApiIndex>",
      "",
      group.entries.map((e) => `[${inlineCode(e.name)}](#${e.name})`).join(" · "),
      "",
      "</ApiIndex>",
      "",
    );
    for (const entry of group.entries) out.push(renderEntry(entry, anchors), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function renderEntry(e: ApiEntry, anchors: ReadonlyMap<string, string>): string {
  const lines: string[] = [`### ${inlineCode(e.name)} {#${e.name}}`, ""];
  lines.push(`<ApiBadge>${KIND_LABEL[e.kind]}</ApiBadge> in ${inlineCode(e.source)}`, "");
  // Overloads share one block, each ending in ";" as in a declaration file.
  lines.push(
    codeBlock(e.signatures.length > 1 ? e.signatures.map((sig) => `${sig};`).join("\n") : (e.signatures[0] ?? "")),
    "",
  );
  if (e.summary) lines.push(docToMdx(e.summary, anchors), "");
  if (e.params.length > 0) {
    lines.push("**Parameters**", "");
    for (const p of e.params) lines.push(`- ${inlineCode(p.name)}: ${oneLine(docToMdx(p.text, anchors))}`);
    lines.push("");
  }
  if (e.returns) lines.push(`**Returns** ${oneLine(docToMdx(e.returns, anchors))}`, "");
  if (e.throws.length > 0) {
    lines.push("**Throws**", "");
    for (const t of e.throws) lines.push(`- ${oneLine(throwsToMdx(t, anchors))}`);
    lines.push("");
  }
  if (e.members.length > 0) {
    lines.push(e.kind === "class" ? "**Members**" : "**Properties**", "", "| name | description |", "| --- | --- |");
    for (const m of e.members) {
      lines.push(
        `| ${tableCell(inlineCode(m.signature.replace(/;$/, "")))} | ${tableCell(docToMdx(m.text, anchors))} |`,
      );
    }
    lines.push("");
  }
  if (e.examples.length > 0) {
    lines.push(e.examples.length > 1 ? "**Examples**" : "**Example**", "");
    for (const example of e.examples) lines.push(codeBlock(example), "");
  }
  return lines.join("\n").trimEnd();
}

function oneLine(mdx: string): string {
  return mdx.replace(/\s*\n\s*/g, " ");
}

/** `{ShapeError} when ...` as a link to the error class followed by the condition. */
function throwsToMdx(text: string, anchors: ReadonlyMap<string, string>): string {
  const match = /^\{([^}]+)\}\s*([\s\S]*)$/.exec(text);
  if (!match) return docToMdx(text, anchors);
  const [, type = "", rest = ""] = match;
  const href = anchors.get(type);
  const name = href ? `[${inlineCode(type)}](${href})` : inlineCode(type);
  return `${name} ${docToMdx(rest, anchors)}`.trim();
}
