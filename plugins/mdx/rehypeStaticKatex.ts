import type { ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";
import { isFormula } from "./_katexFonts";

// rehype-katex turns each formula into a tree of spans (its MathML for screen readers and its HTML for the
// eye), and MDX turns every one of those spans into a React element: an article's math is thousands of
// elements that the browser must hydrate before the page responds, although none of them ever changes.
// This plugin, run after rehype-katex, keeps each formula's outer `span.katex` as one element and gives it
// its contents as an HTML string (`dangerouslySetInnerHTML`): the same markup on the server, one element
// to hydrate in the browser.

/** MDX's JSX element as it appears in hast (mdast-util-mdx-jsx), with a string or expression attribute. */
interface MdxJsxTextElement {
  type: "mdxJsxTextElement";
  name: string;
  attributes: {
    type: "mdxJsxAttribute";
    name: string;
    value: string | { type: "mdxJsxAttributeValueExpression"; value: string; data: { estree: unknown } };
  }[];
  children: [];
}

/** The attribute value `{{ __html: html }}`, with the ESTree MDX compiles it from. */
function innerHtmlValue(html: string) {
  const object = {
    type: "ObjectExpression",
    properties: [
      {
        type: "Property",
        kind: "init",
        method: false,
        shorthand: false,
        computed: false,
        key: { type: "Identifier", name: "__html" },
        value: { type: "Literal", value: html },
      },
    ],
  };
  return {
    type: "mdxJsxAttributeValueExpression" as const,
    value: `{ __html: ${JSON.stringify(html)} }`,
    data: {
      estree: { type: "Program", sourceType: "module", body: [{ type: "ExpressionStatement", expression: object }] },
    },
  };
}

export default function rehypeStaticKatex() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!isFormula(node) || parent === undefined || index === undefined) return;
      const { className, ...others } = node.properties;
      if (Object.keys(others).length > 0) {
        throw new Error(`rehypeStaticKatex: unexpected attributes on span.katex: ${Object.keys(others).join(", ")}`);
      }
      const element: MdxJsxTextElement = {
        type: "mdxJsxTextElement",
        name: node.tagName,
        attributes: [
          { type: "mdxJsxAttribute", name: "className", value: (className as string[]).join(" ") },
          {
            type: "mdxJsxAttribute",
            name: "dangerouslySetInnerHTML",
            value: innerHtmlValue(toHtml(node.children, { characterReferences: { useNamedReferences: true } })),
          },
        ],
        children: [],
      };
      parent.children[index] = element as unknown as ElementContent;
      return SKIP;
    });
  };
}
