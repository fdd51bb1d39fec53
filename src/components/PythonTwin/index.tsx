import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import Island, { useHydratedFromServer, useIsland } from "../Island";
import { copyLazily } from "../Island/copyLazily";
import { type Lazy, lazy, ready, useLazy } from "../Island/lazy";
import styles from "./styles.module.css";

// A twin is read, not run: at start-up the browser needs nothing of it. The server bundle's
// `?python-twin` import gives the code and output (the HTML shows them), the browser's a handle: the file's
// name, the versions it was recorded with, and a `load()` of the rest (plugins/playground). A twin that
// hydrates keeps the server's markup: its code block renders with an empty `code` (the site's CodeBlock
// keeps its server lines; its copy button loads the text: ../Island/copyLazily) and its output is an
// island (../Island). A twin first rendered in the browser (navigation inside the site) loads its code
// and output, and shows them empty for that moment.

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

/** A Python twin whole: what the server's `?python-twin` import gives, and what the browser's handle loads. */
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

/** A Python twin as the browser's `?python-twin` import gives it: what it shows at once, and the rest on demand. */
export interface PythonTwinHandle extends Pick<PythonTwinData, "file" | "recording"> {
  load(): Promise<PythonTwinData>;
}

/** `import twin from "./examples/<name>.py?python-twin"`: the twin (server) or its handle (browser). */
export type PythonTwinSource = PythonTwinData | PythonTwinHandle;

/** Props of `<PythonTwin>` (available in every MDX page). */
export interface PythonTwinProps {
  /** Shown above the code: "The same in PyTorch". */
  title: string;
  twin: PythonTwinSource;
}

const loaded = new WeakMap<PythonTwinHandle, Lazy<PythonTwinData>>();

/** The whole twin: at once from the server's import, loaded once from the browser's handle. */
function twinData(twin: PythonTwinSource): Lazy<PythonTwinData> {
  if ("code" in twin) return ready(twin);
  let data = loaded.get(twin);
  if (!data) {
    data = lazy(twin.load);
    loaded.set(twin, data);
  }
  return data;
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
  const fromServer = useHydratedFromServer();
  const output = useIsland<HTMLPreElement>(fromServer);
  const data = useLazy(output.keep ? null : twinData(twin));
  const code = (t: PythonTwinData) => t.code.replace(/\n$/, "");
  const text = data?.output.replace(/\n$/, "");
  return (
    <div
      className={styles.twin}
      data-python-twin={twin.file}
      onClickCapture={copyLazily(() => (fromServer ? twinData(twin).load().then(code) : null))}
    >
      <CodeBlock language="python" title={title}>
        {fromServer || !data ? "" : code(data)}
      </CodeBlock>
      <figure className={styles.output}>
        <figcaption className={styles.caption}>Output, recorded with {recordedWith(twin.recording)}</figcaption>
        {/* A scrolling region (long lines scroll sideways), focusable so that keyboard users can scroll it (axe scrollable-region-focusable). */}
        <Island as="pre" keep={output.keep} ref={output.ref} className={styles.text} tabIndex={0}>
          {text === undefined ? "" : text === "" ? "(no output)" : text}
        </Island>
      </figure>
    </div>
  );
}
