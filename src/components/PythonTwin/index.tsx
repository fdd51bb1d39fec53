import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import styles from "./styles.module.css";

/** What `npm run python:record` wrote for one Python file in `docs/python-recordings.json`. */
export interface PythonRecording {
  /** sha256 of the `.py` source the output was recorded from. */
  sha256: string;
  /** The reference interpreter's version, `3.11.7`. */
  python: string;
  /** Versions of the libraries the file imports; absent when it does not import them. */
  torch?: string;
  sklearn?: string;
  numpy?: string;
}

/** A Python twin as `import twin from "./examples/<name>.py?python-twin"` gives it (plugins/playground). */
export interface PythonTwinData {
  /** `docs/relu-hidden-layers/examples/dying-relu.py`. */
  file: string;
  /** The file's text. */
  code: string;
  /** Its stdout as recorded (`<name>.py.output.txt`). */
  output: string;
  /** Its entry in `docs/python-recordings.json`: the versions it was recorded with. */
  recording: PythonRecording;
}

/** Props of `<PythonTwin>` (available in every MDX page). */
export interface PythonTwinProps {
  /** Shown above the code: "The same in PyTorch". */
  title: string;
  twin: PythonTwinData;
}

/** `2.13.0+cpu` → `2.13.0`: the label says "on CPU" once. */
const release = (version: string) => version.replace(/\+.*$/, "");

/** "PyTorch 2.13.0 and scikit-learn 1.9.1 (Python 3.11.7) on CPU", from the recording. */
function recordedWith(recording: PythonRecording): string {
  const libraries = [
    recording.torch && `PyTorch ${release(recording.torch)}`,
    recording.sklearn && `scikit-learn ${release(recording.sklearn)}`,
    recording.numpy && `NumPy ${release(recording.numpy)}`,
  ].filter((l): l is string => Boolean(l));
  const names =
    libraries.length > 1 ? `${libraries.slice(0, -1).join(", ")} and ${libraries[libraries.length - 1]}` : libraries[0];
  const python = `Python ${release(recording.python)}`;
  return names ? `${names} (${python}) on CPU` : `${python} on CPU`;
}

/**
 * A Python twin of a playground: the real file `docs/<slug>/examples/<name>.py`, highlighted as any code
 * block, followed by the output `npm run python:record` recorded from it with the reference environment.
 * Purely presentational and server-rendered, so the output is in the HTML; `docs/pythonTwins.test.ts`
 * fails when the file changed since its output was recorded.
 * @example
 * import dyingReluPy from "./examples/dying-relu.py?python-twin";
 * <PythonTwin title="The same in PyTorch" twin={dyingReluPy} />
 */
export default function PythonTwin({ title, twin }: PythonTwinProps): ReactNode {
  const text = twin.output.replace(/\n$/, "");
  return (
    <div className={styles.twin} data-python-twin={twin.file}>
      <CodeBlock language="python" title={title}>
        {twin.code.replace(/\n$/, "")}
      </CodeBlock>
      <figure className={styles.output}>
        <figcaption className={styles.caption}>Output, recorded with {recordedWith(twin.recording)}</figcaption>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll sideways, so keyboard users must be able to focus and scroll them (axe scrollable-region-focusable) */}
        <pre className={styles.text} tabIndex={0}>
          {text === "" ? "(no output)" : text}
        </pre>
      </figure>
    </div>
  );
}
