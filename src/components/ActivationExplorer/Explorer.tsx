import useIsBrowser from "@docusaurus/useIsBrowser";
import { type ActivationName, activationNames, activations } from "@nn-explained/core";
import { type ReactNode, useId, useMemo, useState } from "react";
import LineChart from "../LineChart";
import Defaults from "./Defaults";
import Formula from "./Formula";
import FrameworkNames from "./FrameworkNames";
import { formatNumber, formatRange, linspace } from "./format";
import { loadFormulaTable } from "./formulas";
import styles from "./styles.module.css";

export interface ActivationExplorerProps {
  /** The activation shown first (and in the server-rendered HTML). Default "relu". */
  readonly initial?: ActivationName;
  /** The choices offered, in order. Default: every name in core's `activations` registry. */
  readonly names?: readonly ActivationName[];
}

/** What the reader did to the server's markup before the live explorer took its place (./index.tsx). */
export interface ReaderState {
  readonly name: ActivationName;
  readonly x: number;
  readonly tableOpen: boolean;
}

const X_MIN = -5;
const X_MAX = 5;
/** 401 points: a 0.025 grid, fine enough that kinks (ReLU at 0, ReLU6 at 6) are drawn sharp. */
const GRID = linspace(X_MIN, X_MAX, 401);
/** The rows of the data table that stands in for the plot. */
const TABLE_X = [-4, -2, -1, -0.5, 0, 0.5, 1, 2, 4];

/**
 * Pick any activation of `@nn-explained/core`'s registry and see it and its derivative plotted, with
 * its output range, its formulas, where it is used and its names and default differences in PyTorch,
 * Keras, TensorFlow.js, JAX and scikit-learn. Every number (the curves, the readout at the chosen x,
 * the table) is computed by the registry entry's own function and derivative, with PyTorch's defaults.
 */
export default function Explorer({
  initial = "relu",
  names = activationNames,
  start,
}: ActivationExplorerProps & { readonly start?: ReaderState }): ReactNode {
  const id = useId();
  const [name, setName] = useState<ActivationName>(start && names.includes(start.name) ? start.name : initial);
  const [x, setX] = useState(start && Number.isFinite(start.x) ? Math.round(start.x * 10) / 10 : 1);
  const live = useIsBrowser();
  const spec = activations[name];
  const options = useMemo(() => spec.resolveOptions(), [spec]);

  const view = useMemo(() => {
    const f = GRID.map((v) => spec.scalar(v, options));
    const df = GRID.map((v) => spec.scalarDerivative(v, options));
    const rows = TABLE_X.map((v) => ({ x: v, f: spec.scalar(v, options), df: spec.scalarDerivative(v, options) }));
    // Fixed x axis; the y axis shows at least [−1.5, 1.5] so bounded functions are not blown up.
    let lo = -1.5;
    let hi = 1.5;
    for (const v of [...f, ...df]) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const at = (v: number) => rows.find((r) => r.x === v) as { f: number; df: number };
    const description =
      `${spec.title} and its derivative for x from ${X_MIN} to ${X_MAX}. ` +
      `f(−4) = ${formatNumber(at(-4).f)}, f(0) = ${formatNumber(at(0).f)}, f(4) = ${formatNumber(at(4).f)}; ` +
      `f′(−4) = ${formatNumber(at(-4).df)}, f′(0) = ${formatNumber(at(0).df)}, f′(4) = ${formatNumber(at(4).df)}. ` +
      `The table below lists more values.`;
    return {
      f,
      df,
      rows,
      yDomain: [lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)] as const,
      description,
    };
  }, [spec, options]);

  const fx = spec.scalar(x, options);
  const dfx = spec.scalarDerivative(x, options);

  return (
    <section
      className={styles.explorer}
      aria-label="Activation explorer"
      data-activation-explorer=""
      // Once it responds to the reader (not in the server's HTML).
      data-live={live ? "" : undefined}
    >
      <div className={styles.controls}>
        <div className={styles.control}>
          <label htmlFor={`${id}-activation`}>Activation</label>
          <select
            id={`${id}-activation`}
            value={name}
            onChange={(e) => setName(e.target.value as ActivationName)}
            // The other activations' typeset formulas load when the reader reaches for the list.
            onPointerEnter={() => void loadFormulaTable()}
            onFocus={() => void loadFormulaTable()}
            data-activation-select=""
          >
            {names.map((n) => (
              <option key={n} value={n}>
                {activations[n].title} ({n})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-x`}>Input x</label>
          <input
            id={`${id}-x`}
            type="range"
            min={X_MIN}
            max={X_MAX}
            step={0.1}
            value={x}
            onChange={(e) => setX(Math.round(Number(e.target.value) * 10) / 10)}
            aria-valuetext={`x = ${formatNumber(x)}`}
            data-activation-x=""
          />
        </div>
        <output className={styles.readout} aria-live="polite" data-activation-readout="">
          f({formatNumber(x)}) = <span className={styles.mono}>{formatNumber(fx, 6)}</span>, f′(
          {formatNumber(x)}) = <span className={styles.mono}>{formatNumber(dfx, 6)}</span>
        </output>
      </div>

      <LineChart
        title={`${spec.title}: f(x) and its derivative f′(x)`}
        description={view.description}
        series={[
          { label: `f(x) = ${name}(x)`, x: GRID, y: view.f },
          { label: "f′(x)", x: GRID, y: view.df, dashed: true },
        ]}
        xLabel="x (pre-activation)"
        xDomain={[X_MIN, X_MAX]}
        yDomain={view.yDomain}
        markers={[
          { x, y: fx, series: 0 },
          { x, y: dfx, series: 1 },
        ]}
      />

      <dl className={styles.facts}>
        <dt>Range</dt>
        <dd data-activation-range="">{formatRange(spec.range, spec.rangeClosed)}</dd>
        <dt>Function</dt>
        <Formula name={name} which="formula" className={styles.formula} />
        <dt>Derivative</dt>
        <Formula name={name} which="derivative" className={styles.formula} />
        {spec.kinkConvention && (
          <>
            <dt>At a kink</dt>
            <dd>{spec.kinkConvention}</dd>
          </>
        )}
        <dt>Defaults (PyTorch)</dt>
        <dd>
          <Defaults spec={spec} />
        </dd>
        <dt>Typical use</dt>
        <dd>{spec.typicalUse}</dd>
      </dl>

      <FrameworkNames spec={spec} className={styles.table} caption="Names in each framework" />
      {spec.frameworks.differences.length > 0 && (
        <>
          <p className={styles.subheading}>Where the frameworks differ</p>
          <ul className={styles.differences}>
            {spec.frameworks.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}

      <details className={styles.details} open={start?.tableOpen || undefined}>
        <summary>Values as a table</summary>
        <table className={styles.table} data-activation-table="">
          <caption>
            {spec.title} and its derivative at selected points (computed by <code>activations.{name}</code>)
          </caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">f(x)</th>
              <th scope="col">f′(x)</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.x}>
                <th scope="row">{formatNumber(r.x)}</th>
                <td className={styles.mono}>{formatNumber(r.f, 6)}</td>
                <td className={styles.mono}>{formatNumber(r.df, 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
