import type { RootContent } from "hast";

// MDX nodes the rehype steps add to a page, with the ESTree MDX compiles them from.

/** An MDX JSX attribute with a string value. */
export function stringAttribute(name: string, value: string) {
  return { type: "mdxJsxAttribute", name, value };
}

/** An MDX JSX attribute whose value is the expression `name` (an identifier). */
export function identifierAttribute(attribute: string, name: string) {
  return {
    type: "mdxJsxAttribute",
    name: attribute,
    value: {
      type: "mdxJsxAttributeValueExpression",
      value: name,
      data: {
        estree: {
          type: "Program",
          sourceType: "module",
          body: [{ type: "ExpressionStatement", expression: { type: "Identifier", name } }],
        },
      },
    },
  };
}

/** `import local from "source"` as an MDX ESM node, with the ESTree MDX compiles it from. */
export function importDefault(local: string, source: string) {
  return {
    type: "mdxjsEsm",
    value: `import ${local} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: "Program",
        sourceType: "module",
        body: [
          {
            type: "ImportDeclaration",
            specifiers: [{ type: "ImportDefaultSpecifier", local: { type: "Identifier", name: local } }],
            source: { type: "Literal", value: source, raw: JSON.stringify(source) },
          },
        ],
      },
    },
  } as unknown as RootContent;
}
