import type { ActivationSpec } from "@nn-explained/core";
import type { ReactNode } from "react";

const FRAMEWORKS = [
  ["pytorch", "PyTorch"],
  ["keras", "Keras"],
  ["tfjs", "TensorFlow.js"],
  ["jax", "JAX"],
  ["sklearn", "scikit-learn"],
] as const;

/** An activation's name in each framework, from the registry: one table for the explorer and the reference. */
export default function FrameworkNames({
  spec,
  caption,
  className,
}: {
  spec: Pick<ActivationSpec, "frameworks">;
  caption: ReactNode;
  className?: string;
}): ReactNode {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <tbody>
        {FRAMEWORKS.map(([key, label]) => {
          const value = spec.frameworks[key];
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{value === null ? <em>not available</em> : <code>{value}</code>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
