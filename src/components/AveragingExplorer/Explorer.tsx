import useIsBrowser from "@docusaurus/useIsBrowser";
import { type ReactNode, useMemo, useState } from "react";
import { type Counts, presets, scoreConfusionMatrix } from "./compute";
import styles from "./styles.module.css";

const MIN_CLASSES = 2;
const MAX_CLASSES = 6;
const DEFAULT_NAMES = ["cat", "dog", "bird", "fish", "frog", "bee"];

export type ZeroDivisionChoice = "0" | "1" | "NaN";

/** What the reader did to the server's markup before the live explorer took its place (./index.tsx). */
export interface ReaderState {
  readonly classes: readonly string[];
  readonly counts: Counts;
  readonly zeroDivision: ZeroDivisionChoice;
}

function format(x: number): string {
  if (Number.isNaN(x)) return "nan";
  return x.toFixed(3);
}

/**
 * An editable confusion matrix with per-class precision, recall, F1 and every average, recomputed live
 * by `@nn-explained/core` with scikit-learn's semantics.
 */
export default function Explorer({
  preset = "baseline",
  start,
}: {
  preset?: keyof typeof presets;
  readonly start?: ReaderState;
}): ReactNode {
  const first = start ?? presets[preset] ?? presets.baseline;
  const [classes, setClasses] = useState<string[]>(() => [...(first?.classes ?? [])]);
  const [counts, setCounts] = useState<Counts>(() => (first?.counts ?? []).map((r) => [...r]));
  const [zeroDivision, setZeroDivision] = useState<ZeroDivisionChoice>(start?.zeroDivision ?? "0");
  const live = useIsBrowser();

  const result = useMemo(
    () => scoreConfusionMatrix(counts, zeroDivision === "NaN" ? Number.NaN : Number(zeroDivision)),
    [counts, zeroDivision],
  );

  const setCell = (i: number, j: number, value: string) => {
    const n = Math.max(0, Math.floor(Number(value)));
    setCounts((prev) =>
      prev.map((row, r) => row.map((c, k) => (r === i && k === j ? (Number.isFinite(n) ? n : 0) : c))),
    );
  };
  const loadPreset = (name: string) => {
    const p = presets[name];
    if (!p) return;
    setClasses([...p.classes]);
    setCounts(p.counts.map((r) => [...r]));
  };
  const addClass = () => {
    if (classes.length >= MAX_CLASSES) return;
    setClasses((c) => [...c, DEFAULT_NAMES[c.length] ?? `class ${c.length}`]);
    setCounts((prev) => [...prev.map((r) => [...r, 0]), new Array(prev.length + 1).fill(0)]);
  };
  const removeClass = () => {
    if (classes.length <= MIN_CLASSES) return;
    setClasses((c) => c.slice(0, -1));
    setCounts((prev) => prev.slice(0, -1).map((r) => r.slice(0, -1)));
  };

  const microEqualsAccuracy = result !== null && Math.abs(result.averages.micro.f1 - result.accuracy) < 1e-12;

  return (
    <section
      className={styles.explorer}
      aria-label="Averaging explorer"
      data-widget="averaging-explorer"
      // Once it responds to the reader (not in the server's HTML).
      data-live={live ? "" : undefined}
    >
      <p className={styles.title}>Averaging explorer</p>
      <div className={styles.controls}>
        <span>Start from:</span>
        {Object.entries(presets).map(([name, p]) => (
          <button
            key={name}
            type="button"
            className="button button--sm button--secondary"
            onClick={() => loadPreset(name)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className={styles.columns}>
        <div>
          <table className={styles.matrix}>
            <caption>Confusion matrix: rows are true classes, columns are predictions. Edit any count.</caption>
            <thead>
              <tr>
                <th scope="col">true \ predicted</th>
                {classes.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {counts.map((row, i) => (
                <tr key={classes[i]}>
                  <th scope="row">{classes[i]}</th>
                  {row.map((count, j) => (
                    <td key={classes[j]} className={i === j ? styles.diagonal : undefined}>
                      <input
                        type="number"
                        min={0}
                        step={1}
                        inputMode="numeric"
                        value={count}
                        aria-label={`true ${classes[i]}, predicted ${classes[j]}`}
                        onChange={(e) => setCell(i, j, e.target.value)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.controls}>
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              onClick={addClass}
              disabled={classes.length >= MAX_CLASSES}
            >
              Add a class
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              onClick={removeClass}
              disabled={classes.length <= MIN_CLASSES}
            >
              Remove the last class
            </button>
            <label>
              <code>zero_division</code>{" "}
              <select value={zeroDivision} onChange={(e) => setZeroDivision(e.target.value as ZeroDivisionChoice)}>
                <option value="0">0 (as "warn")</option>
                <option value="1">1</option>
                <option value="NaN">np.nan</option>
              </select>
            </label>
          </div>
        </div>
        {/* A keyboard stop: on a narrow screen the scores scroll sideways in this box (the matrix's inputs are stops of their own). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard, as a code block's */}
        <section aria-live="polite" aria-label="Scores" tabIndex={0}>
          {result === null ? (
            <p>Every count is zero: there are no samples to score.</p>
          ) : (
            <table className={styles.scores}>
              <caption>Scores computed by @nn-explained/core (scikit-learn semantics)</caption>
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">precision</th>
                  <th scope="col">recall</th>
                  <th scope="col">F1</th>
                  <th scope="col">support</th>
                </tr>
              </thead>
              <tbody>
                {classes.map((c, k) => (
                  <tr key={c}>
                    <th scope="row">{c}</th>
                    <td>{format(result.perClass.precision[k] ?? Number.NaN)}</td>
                    <td>{format(result.perClass.recall[k] ?? Number.NaN)}</td>
                    <td>{format(result.perClass.f1[k] ?? Number.NaN)}</td>
                    <td>{result.perClass.support[k]}</td>
                  </tr>
                ))}
                {(["micro", "macro", "weighted"] as const).map((avg) => (
                  <tr key={avg} className={styles.average} data-average={avg}>
                    <th scope="row">{avg} avg</th>
                    <td>{format(result.averages[avg].precision)}</td>
                    <td>{format(result.averages[avg].recall)}</td>
                    <td>{format(result.averages[avg].f1)}</td>
                    <td />
                  </tr>
                ))}
                <tr className={styles.average} data-average="accuracy">
                  <th scope="row">accuracy</th>
                  <td colSpan={2} />
                  <td>{format(result.accuracy)}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          )}
          {result !== null && (
            <p className={styles.note}>
              {microEqualsAccuracy
                ? "Micro-F1 equals accuracy, as it must for single-label data scored over every class."
                : "Micro-F1 differs from accuracy here."}{" "}
              Macro-F1 is {format(result.averages.macro.f1)}, the plain mean of the per-class F1 column.
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
