import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import { labelCounts, metricsRows, pythonAverage } from "./compute";
import { examples } from "./examples";
import styles from "./styles.module.css";

export interface MetricsTableProps {
  /** Which worked example of `examples.ts`. */
  readonly example: keyof typeof examples;
}

/** Scores as the page's Python snippet prints them: four decimals. */
function score(v: number): string {
  return Number.isNaN(v) ? "NaN" : v.toFixed(4);
}

/** The example's targets as the reader would pass them, one `const` per line. */
export function MetricsExampleTargets({ example }: MetricsTableProps): ReactNode {
  const e = examples[example];
  const line = (v: unknown) =>
    JSON.stringify(v)
      .replace(/,/g, ", ")
      .replace(/\], \[/g, "], [");
  return (
    <div data-metrics-targets={example}>
      <CodeBlock language="ts">{`const yTrue = ${line(e.yTrue)};\nconst yPred = ${line(e.yPred)};`}</CodeBlock>
    </div>
  );
}

/** Each label's true positives, false positives, false negatives and support, computed by core. */
export function LabelCountsTable({ example }: MetricsTableProps): ReactNode {
  const rows = labelCounts(examples[example]);
  return (
    <table className={styles.table} data-metrics-counts={example}>
      <caption>Counts per label (core&apos;s multilabelConfusionMatrix)</caption>
      <thead>
        <tr>
          <th scope="col">label</th>
          <th scope="col">tp</th>
          <th scope="col">fp</th>
          <th scope="col">fn</th>
          <th scope="col">support</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className={styles.num}>{r.tp}</td>
            <td className={styles.num}>{r.fp}</td>
            <td className={styles.num}>{r.fn}</td>
            <td className={styles.num}>{r.support}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Precision, recall and F1 of one worked example under each `average`, computed by core's
 * `precisionRecallFscoreSupport` during the render. Each row is what scikit-learn's
 * `precision_recall_fscore_support(y_true, y_pred, average=...)` returns for the row's average
 * (compute.test.ts checks every number against scikit-learn's own output in goldens.json).
 */
export default function MetricsTable({ example }: MetricsTableProps): ReactNode {
  const e = examples[example];
  const rows = metricsRows(e);
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-metrics-table={example}>
        <caption>
          Each row is what <code>precision_recall_fscore_support(y_true, y_pred, average=…)</code> returns in
          scikit-learn, and <code>precisionRecallFscoreSupport(yTrue, yPred, {"{ average: … }"})</code> in core, which
          computed it on this page.
        </caption>
        <thead>
          <tr>
            <th scope="col">average</th>
            <th scope="col">label</th>
            <th scope="col">precision</th>
            <th scope="col">recall</th>
            <th scope="col">F1</th>
            <th scope="col">support</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.average}-${r.label}`} data-average={r.average ?? "none"}>
              <th scope="row">
                <code>average={pythonAverage(r.average)}</code>
              </th>
              <td>{r.label ?? "all"}</td>
              <td className={styles.num}>{score(r.precision)}</td>
              <td className={styles.num}>{score(r.recall)}</td>
              <td className={styles.num}>{score(r.f1)}</td>
              <td className={styles.num}>{r.support ?? "None"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
