import Link from "@docusaurus/Link";
import { type ActivationName, activations } from "@nn-explained/core";
import type { ReactNode } from "react";
import Defaults from "../ActivationExplorer/Defaults";
import Formula from "../ActivationExplorer/Formula";
import FrameworkNames from "../ActivationExplorer/FrameworkNames";
import { formatNumber, formatRange, linspace } from "../ActivationExplorer/format";
import { apiHref } from "../ApiReference/apiPages";
import { useApiPages } from "../ApiReference/useApiPages";
import LineChart from "../LineChart";
import styles from "./styles.module.css";

export interface ActivationCardProps {
  /** A name of core's `activations` registry. */
  readonly name: ActivationName;
}

const X_MIN = -5;
const X_MAX = 5;
/** The activation explorer's grid: 401 points, 0.025 apart, so kinks are drawn sharp. */
const GRID = linspace(X_MIN, X_MAX, 401);

/** The curves of one activation on the reference grid, and the y range that shows them. */
export function activationCurves(name: ActivationName): {
  f: number[];
  df: number[];
  yDomain: readonly [number, number];
} {
  const spec = activations[name];
  const options = spec.resolveOptions();
  const f = GRID.map((v) => spec.scalar(v, options));
  const df = GRID.map((v) => spec.scalarDerivative(v, options));
  // As in the explorer: at least [−1.5, 1.5], so bounded functions are not blown up.
  let lo = -1.5;
  let hi = 1.5;
  for (const v of [...f, ...df]) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { f, df, yDomain: [lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)] };
}

/**
 * One activation of `@nn-explained/core`'s registry on the activation reference page: its function and
 * derivative plotted with PyTorch's defaults (the activation explorer's chart), its formulas, range,
 * kink convention, defaults, typical use, and its names and default differences in other frameworks.
 * Every value is read from or computed by the registry entry.
 */
export default function ActivationCard({ name }: ActivationCardProps): ReactNode {
  const spec = activations[name];
  const apiPages = useApiPages();
  const { f, df, yDomain } = activationCurves(name);
  const at = (x: number) => formatNumber(spec.scalar(x, spec.resolveOptions()));
  const dat = (x: number) => formatNumber(spec.scalarDerivative(x, spec.resolveOptions()));
  return (
    <div className={styles.card} data-activation-card={name}>
      <div className={styles.top}>
        <LineChart
          className={styles.chart}
          title={`${spec.title}: f(x) and f′(x)`}
          description={
            `${spec.title} and its derivative for x from ${X_MIN} to ${X_MAX}: ` +
            `f(−2) = ${at(-2)}, f(0) = ${at(0)}, f(2) = ${at(2)}; f′(−2) = ${dat(-2)}, f′(0) = ${dat(0)}, f′(2) = ${dat(2)}.`
          }
          series={[
            { label: `f(x) = ${name}(x)`, x: GRID, y: f },
            { label: "f′(x)", x: GRID, y: df, dashed: true },
          ]}
          xLabel="x"
          xDomain={[X_MIN, X_MAX]}
          yDomain={yDomain}
          width={480}
          height={280}
        />
        <dl className={styles.facts}>
          <dt>Call</dt>
          <dd>
            <Link to={apiHref(apiPages, name)}>
              <code>{`${name}(x${Object.keys(spec.defaults).length > 0 ? ", options?" : ""})`}</code>
            </Link>
            , or <code>{`activations.${name}.fn`}</code> and <code>{`.derivative`}</code>
          </dd>
          <dt>Range</dt>
          <dd data-activation-range="">{formatRange(spec.range, spec.rangeClosed)}</dd>
          {spec.kinkConvention && (
            <>
              <dt>At a kink</dt>
              <dd>{spec.kinkConvention}</dd>
            </>
          )}
          <dt>Defaults</dt>
          <dd>
            <Defaults spec={spec} />
          </dd>
          <dt>Typical use</dt>
          <dd>{spec.typicalUse}</dd>
        </dl>
      </div>
      <dl className={styles.formulas}>
        <dt>Function</dt>
        <Formula name={name} which="formula" className={styles.formula} />
        <dt>Derivative</dt>
        <Formula name={name} which="derivative" className={styles.formula} />
      </dl>
      <FrameworkNames spec={spec} className={styles.frameworks} caption={<>{spec.title} in each framework</>} />
      {spec.frameworks.differences.length > 0 && (
        <ul className={styles.differences} aria-label={`Where the frameworks differ for ${spec.title}`}>
          {spec.frameworks.differences.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
