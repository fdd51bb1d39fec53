import MDXComponents from "@theme-original/MDXComponents";
import Playground from "../components/Playground";
import PythonTwin from "../components/PythonTwin";

/**
 * Components available in every MDX page without an import. Only small ones belong here: this map is in
 * every page's initial JavaScript. Widgets (explorers, charts, KaTeX at run time) are imported by the
 * article that uses them, so they load with that page's chunk alone. Playground stays: its entry is a
 * static block and loads the editor and runner lazily. PythonTwin is a code block and a <pre>, nothing more.
 * ShortAnswer is imported by the four articles, so the questions' answers load with them alone.
 */
export default {
  ...MDXComponents,
  Playground,
  PythonTwin,
};
