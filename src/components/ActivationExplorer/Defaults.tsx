import type { ReactNode } from "react";

/** An activation's option defaults (PyTorch's), as `name: value` codes: one list for the explorer and the reference. */
export default function Defaults({ spec }: { spec: { readonly defaults: object } }): ReactNode {
  const defaults = Object.entries(spec.defaults as Record<string, unknown>);
  if (defaults.length === 0) return "No options.";
  return defaults.map(([k, v], i) => (
    <span key={k}>
      {i > 0 && ", "}
      <code>{`${k}: ${JSON.stringify(v)}`}</code>
    </span>
  ));
}
