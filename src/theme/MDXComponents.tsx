import MDXComponents from "@theme-original/MDXComponents";
import ActivationExplorer from "../components/ActivationExplorer";
import Playground from "../components/Playground";
import ShortAnswer from "../components/ShortAnswer";
import SoftmaxExplorer from "../components/SoftmaxExplorer";

/** Components available in every MDX page without an import. */
export default {
  ...MDXComponents,
  ActivationExplorer,
  Playground,
  ShortAnswer,
  SoftmaxExplorer,
};
