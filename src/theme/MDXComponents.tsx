import MDXComponents from "@theme-original/MDXComponents";

/**
 * Components available in every MDX page without an import. Only small ones belong here: this map is in
 * every page's initial JavaScript. Widgets (explorers, charts, KaTeX at run time) are imported by the
 * article that uses them, so they load with that page's chunk alone. <Playground> and <PythonTwin> are
 * written without an import too, but plugins/playground adds the import to the pages that use them
 * (loaders/addComponentImports.cjs): the reference pages have none and do not carry them. ShortAnswer is
 * imported by the four articles, so the questions' answers load with them alone.
 */
export default {
  ...MDXComponents,
};
