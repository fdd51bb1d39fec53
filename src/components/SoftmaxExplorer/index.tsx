import { type ReactNode, useEffect, useId, useState } from "react";
import { explore, formatProbability } from "./compute";
import styles from "./styles.module.css";

const CLASSES = 3;
const LOGIT_RANGE = { min: -10, max: 10, step: 0.1 } as const;
const LOGIT_LIMIT = 10_000;
const TEMPERATURE_RANGE = { min: 0.1, max: 5, step: 0.1 } as const;
const SUBSCRIPTS = ["₁", "₂", "₃"] as const;

/** Logit presets that each show one behaviour; the labels say which. */
const PRESETS: readonly { readonly label: string; readonly logits: readonly [number, number, number] }[] = [
  { label: "One clear winner [2, 1, 0.1]", logits: [2, 1, 0.1] },
  { label: "Two labels present [4, 4, −4]", logits: [4, 4, -4] },
  { label: "Large logits [1000, 999, 998]", logits: [1000, 999, 998] },
  { label: "All unlikely [−4, −5, −6]", logits: [-4, -5, -6] },
];

export interface SoftmaxExplorerProps {
  /** Starting logits z₁, z₂, z₃. Default [2, 1, 0.1]. */
  readonly initialLogits?: readonly [number, number, number];
  /** Starting temperature T > 0. Default 1. */
  readonly initialTemperature?: number;
}

function parseFinite(text: string, min: number, max: number): number | null {
  if (text.trim() === "") return null;
  const v = Number(text);
  return Number.isFinite(v) && v >= min && v <= max ? v : null;
}

/**
 * A number input that keeps what the reader types ("-", "1.") while it is not yet a number, and
 * follows the value when a slider or a preset changes it.
 */
function NumberField(props: {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly label: string;
  readonly onChange: (v: number) => void;
  readonly dataName: string;
}): ReactNode {
  const { value, min, max, step, label, onChange, dataName } = props;
  const [draft, setDraft] = useState(String(value));
  useEffect(() => {
    setDraft((d) => (parseFinite(d, min, max) === value ? d : String(value)));
  }, [value, min, max]);
  const invalid = parseFinite(draft, min, max) === null;
  return (
    <input
      className={styles.number}
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step}
      value={draft}
      aria-label={label}
      aria-invalid={invalid || undefined}
      data-input={dataName}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = parseFinite(e.target.value, min, max);
        if (v !== null) onChange(v);
      }}
      onBlur={() => {
        if (parseFinite(draft, min, max) === null) setDraft(String(value));
      }}
    />
  );
}

function Bar({ value, name }: { readonly value: number; readonly name: string }): ReactNode {
  const width = Number.isFinite(value) ? Math.max(0, Math.min(1, value)) * 100 : 0;
  return (
    <div className={styles.cell}>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.bar} data-kind={name} style={{ width: `${width}%` }} />
      </span>
      <span className={styles.value} data-value={name}>
        {formatProbability(value)}
      </span>
    </div>
  );
}

/**
 * Softmax against independent sigmoids on three logits: the reader moves the logits and a temperature
 * and sees softmax(z / T), σ(z / T) per class and the sigmoids divided by their sum, as bars with their
 * values and each row's sum. All numbers come from `@nn-explained/core`'s `softmax` and `sigmoid`.
 * Renders fully on the server (the initial state), and every control is a labelled native input.
 */
export default function SoftmaxExplorer({
  initialLogits = [2, 1, 0.1],
  initialTemperature = 1,
}: SoftmaxExplorerProps): ReactNode {
  const [logits, setLogits] = useState<number[]>([...initialLogits]);
  const [temperature, setTemperature] = useState(initialTemperature);
  const id = useId();
  const e = explore(logits, temperature);
  const setLogit = (k: number, v: number) => setLogits((old) => old.map((z, j) => (j === k ? v : z)));
  const scaled = e.scaled.map((v) => Number(v.toPrecision(4))).join(", ");

  return (
    <figure className={styles.explorer} data-softmax-explorer="">
      <figcaption className={styles.caption}>
        Softmax versus one sigmoid per class, on the same three logits divided by the temperature <i>T</i>.
      </figcaption>
      <fieldset className={styles.controls}>
        <legend className={styles.legend}>Logits and temperature</legend>
        {Array.from({ length: CLASSES }, (_, k) => {
          const z = logits[k] as number;
          const sub = SUBSCRIPTS[k];
          return (
            <div className={styles.control} key={sub}>
              <label htmlFor={`${id}-z${k}`}>
                Logit z{sub} (class {k + 1})
              </label>
              <input
                id={`${id}-z${k}`}
                type="range"
                min={LOGIT_RANGE.min}
                max={LOGIT_RANGE.max}
                step={LOGIT_RANGE.step}
                value={Math.max(LOGIT_RANGE.min, Math.min(LOGIT_RANGE.max, z))}
                aria-valuetext={String(z)}
                data-input={`z${k}-range`}
                onChange={(ev) => setLogit(k, Number(ev.target.value))}
              />
              <NumberField
                value={z}
                min={-LOGIT_LIMIT}
                max={LOGIT_LIMIT}
                step={LOGIT_RANGE.step}
                label={`Logit z${sub} (class ${k + 1}), exact value`}
                dataName={`z${k}`}
                onChange={(v) => setLogit(k, v)}
              />
            </div>
          );
        })}
        <div className={styles.control}>
          <label htmlFor={`${id}-t`}>Temperature T</label>
          <input
            id={`${id}-t`}
            type="range"
            min={TEMPERATURE_RANGE.min}
            max={TEMPERATURE_RANGE.max}
            step={TEMPERATURE_RANGE.step}
            value={Math.max(TEMPERATURE_RANGE.min, Math.min(TEMPERATURE_RANGE.max, temperature))}
            aria-valuetext={String(temperature)}
            data-input="t-range"
            onChange={(ev) => setTemperature(Number(ev.target.value))}
          />
          <NumberField
            value={temperature}
            min={0.01}
            max={100}
            step={TEMPERATURE_RANGE.step}
            label="Temperature T, exact value"
            dataName="t"
            onChange={setTemperature}
          />
        </div>
      </fieldset>
      <fieldset className={styles.presets}>
        <legend className={styles.legend}>Example logits</legend>
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="button button--sm button--outline button--secondary"
            onClick={() => {
              setLogits([...p.logits]);
              setTemperature(1);
            }}
          >
            {p.label}
          </button>
        ))}
      </fieldset>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.tableCaption} aria-live="polite">
            Outputs for z / T = [{scaled}]
          </caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">softmax(z / T)</th>
              <th scope="col">σ(z / T), each class alone</th>
              <th scope="col">σ divided by its sum</th>
            </tr>
          </thead>
          <tbody>
            {e.softmax.map((p, k) => (
              <tr key={SUBSCRIPTS[k]} data-class={k}>
                <th scope="row">
                  {k + 1}
                  {k === e.argmax ? <span className={styles.argmax}> (argmax)</span> : null}
                </th>
                <td>
                  <Bar value={p} name="softmax" />
                </td>
                <td>
                  <Bar value={e.sigmoid[k] as number} name="sigmoid" />
                </td>
                <td>
                  <Bar value={e.renormalized[k] as number} name="renormalized" />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td data-sum="softmax">{formatProbability(e.sums.softmax)}</td>
              <td data-sum="sigmoid">{formatProbability(e.sums.sigmoid)}</td>
              <td data-sum="renormalized">{formatProbability(e.sums.renormalized)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
