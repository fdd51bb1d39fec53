import useIsBrowser from "@docusaurus/useIsBrowser";
import { type ReactNode, useId, useState } from "react";
import { explore, formatProbability } from "./compute";
import styles from "./styles.module.css";

const CLASSES = 3;
const LOGIT_RANGE = { min: -10, max: 10, step: 0.1 } as const;
const LOGIT_LIMITS = { min: -10_000, max: 10_000 } as const;
const TEMPERATURE_RANGE = { min: 0.1, max: 5, step: 0.1 } as const;
const TEMPERATURE_LIMITS = { min: 0.01, max: 100 } as const;
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

/**
 * What the reader did to the server's markup before the live explorer took its place (./index.tsx): for each
 * field they changed, by its `data-input` name (`z0`, `z1`, `z2`, `t`), where they left its slider or what they
 * typed in its box, whichever came last.
 */
export interface ReaderState {
  readonly fields: Readonly<Record<string, { readonly slid: number } | { readonly typed: string }>>;
}

/** The number `text` stands for when it lies in [min, max]; null for anything else (empty, "-", out of range). */
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
  /** What the field starts with, when the reader typed it before the widget went live. */
  readonly typed?: string;
}): ReactNode {
  const { value, min, max, step, label, onChange, dataName, typed } = props;
  const [draft, setDraft] = useState(typed ?? String(value));
  // When a slider or a preset changes the value, the box follows, unless its text already says that number.
  // (During the render, not in an effect: an effect's first run would replace what the reader had typed.)
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setDraft((d) => (parseFinite(d, min, max) === value ? d : String(value)));
  }
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

interface Bounds {
  readonly min: number;
  readonly max: number;
}

/**
 * One number the reader sets: a slider over `range` and a box for an exact value within `limits` (labelled
 * `label` and `label, exact value`), with `data-input` `name-range` and `name` (./index.tsx reads them).
 */
function Field(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: number;
  readonly range: Bounds & { readonly step: number };
  readonly limits: Bounds;
  readonly start: ReaderState | undefined;
  readonly onChange: (v: number) => void;
}): ReactNode {
  const { id, name, label, value, range, limits, start, onChange } = props;
  return (
    <div className={styles.control}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={clamp(value, range)}
        aria-valuetext={String(value)}
        data-input={`${name}-range`}
        onChange={(ev) => onChange(Number(ev.target.value))}
      />
      <NumberField
        value={value}
        min={limits.min}
        max={limits.max}
        step={range.step}
        label={`${label}, exact value`}
        dataName={name}
        typed={typedIn(start, name)}
        onChange={onChange}
      />
    </div>
  );
}

/** A field's value where the reader left the server's markup: what they set it to there, if it is a number. */
function startValue(start: ReaderState | undefined, name: string, initial: number, limits: Bounds): number {
  const field = start?.fields[name];
  if (!field) return initial;
  return "slid" in field ? field.slid : (parseFinite(field.typed, limits.min, limits.max) ?? initial);
}

/** What the reader typed in a field's box, when that is what they changed last. */
function typedIn(start: ReaderState | undefined, name: string): string | undefined {
  const field = start?.fields[name];
  return field && "typed" in field ? field.typed : undefined;
}

/** `value` within the range's bounds: where a slider shows it. */
const clamp = (value: number, range: Bounds) => Math.max(range.min, Math.min(range.max, value));

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
 * `start` is where the reader left the server's markup, when this takes its place.
 */
export default function Explorer({
  initialLogits = [2, 1, 0.1],
  initialTemperature = 1,
  start,
}: SoftmaxExplorerProps & { readonly start?: ReaderState }): ReactNode {
  const [logits, setLogits] = useState<number[]>(() =>
    initialLogits.map((z, k) => startValue(start, `z${k}`, z, LOGIT_LIMITS)),
  );
  const [temperature, setTemperature] = useState(() => startValue(start, "t", initialTemperature, TEMPERATURE_LIMITS));
  const id = useId();
  const live = useIsBrowser();
  const e = explore(logits, temperature);
  const setLogit = (k: number, v: number) => setLogits((old) => old.map((z, j) => (j === k ? v : z)));
  const scaled = e.scaled.map((v) => Number(v.toPrecision(4))).join(", ");

  return (
    <figure
      className={styles.explorer}
      data-softmax-explorer=""
      // Once it responds to the reader (not in the server's HTML).
      data-live={live ? "" : undefined}
    >
      <figcaption className={styles.caption}>
        Softmax versus one sigmoid per class, on the same three logits divided by the temperature <i>T</i>.
      </figcaption>
      <fieldset className={styles.controls}>
        <legend className={styles.legend}>Logits and temperature</legend>
        {Array.from({ length: CLASSES }, (_, k) => (
          <Field
            key={SUBSCRIPTS[k]}
            id={`${id}-z${k}`}
            name={`z${k}`}
            label={`Logit z${SUBSCRIPTS[k]} (class ${k + 1})`}
            value={logits[k] as number}
            range={LOGIT_RANGE}
            limits={LOGIT_LIMITS}
            start={start}
            onChange={(v) => setLogit(k, v)}
          />
        ))}
        <Field
          id={`${id}-t`}
          name="t"
          label="Temperature T"
          value={temperature}
          range={TEMPERATURE_RANGE}
          limits={TEMPERATURE_LIMITS}
          start={start}
          onChange={setTemperature}
        />
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
