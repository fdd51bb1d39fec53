import MDXComponents from "@theme-original/MDXComponents";
import ActivationExplorer from "../components/ActivationExplorer";
import ShortAnswer from "../components/ShortAnswer";
import SoftmaxExplorer from "../components/SoftmaxExplorer";

/** Components available in every MDX page without an import. */
export default {
  ...MDXComponents,
  ActivationExplorer,
  ShortAnswer,
  SoftmaxExplorer,
};
