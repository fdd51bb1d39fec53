import type { BuildOutput } from "@nn-explained/playground/build-output";
import CodeBlock from "@theme/CodeBlock";
import clsx from "clsx";
import type { ReactNode } from "react";
import Island, { useIsland } from "../Island";
import { copyLazily } from "../Island/copyLazily";
import { type Lazy, useLazy } from "../Island/lazy";
import type { PlaygroundFiles } from "./createFiles";
import { type OutputPanels, outputPanels } from "./outputPanels";
import type { BufferedRun } from "./runner/client";
import type { FileSource } from "./sources";
import styles from "./styles.module.css";
import Toolbar from "./Toolbar";
import { type RunView, useBufferedRun } from "./useBufferedRun";

// What the browser needs to hydrate this block is the toolbar and the frame: the code and the recorded
// output with its charts are already drawn in the server's HTML, so the browser keeps them as they are.
// - The code blocks render with an empty `code`: the site's CodeBlock keeps its server lines while its code
//   stays as at hydration, so no text is needed; a copy button loads the text (../Island/copyLazily).
// - The console and charts are an island (../Island): kept without rendering, so the start-up code has
//   neither the recording nor the chart renderer (./outputPanels). They load when an output
//   must be drawn: an early run's, or the recording on a page rendered in the browser.
// A block first rendered in the browser (navigation inside the site) has nothing to keep: it loads the
// texts, the recording and the panels, and shows a brief loading state until they are here. That is the
// only case with one.

/**
 * The console and charts of `view`, drawn by the loaded panels; while an early run goes, the charts of
 * `recorded` stay in place until it redraws them (./heldCharts).
 */
function Output({
  panels,
  view,
  recorded,
  holdHeight,
}: {
  panels: OutputPanels;
  view: RunView;
  recorded: BuildOutput | null | undefined;
  holdHeight: number | undefined;
}): ReactNode {
  const { ConsolePanel, ChartPanel, holdCharts } = panels;
  const shown = holdCharts(recorded?.entries ?? [], view);
  return (
    <>
      <ConsolePanel entries={shown.entries} dropped={shown.dropped} state={shown.state} holdHeight={holdHeight} />
      <ChartPanel entries={shown.entries} held={shown.held} live={shown.state.kind === "running"} />
    </>
  );
}

/** What the console shows of a recording (or of no recording). */
function recordedView(recorded: BuildOutput | null): RunView {
  return recorded
    ? { entries: recorded.entries, dropped: recorded.dropped, state: { kind: "recorded" } }
    : { entries: [], dropped: 0, state: { kind: "empty" } };
}

/** Only on a page rendered in the browser, while the recording or the panels load. */
function Loading(): ReactNode {
  return (
    <div className={styles.output}>
      <p className={clsx(styles.entry, styles.placeholder)}>Loading the output…</p>
    </div>
  );
}

/**
 * The playground before its editor loads, and without JavaScript: the files as highlighted code blocks
 * (server-rendered, indexed by search) and the output recorded at build time, under the same toolbar as
 * the editor's. Its Run button loads the editor and runs the code.
 */
export default function StaticPlayground({
  id,
  model,
  title,
  texts,
  recording,
  fromServer,
  earlyRun,
  earlyRunHeight,
  timeLimitMs,
  onRun,
}: {
  id: string;
  model: PlaygroundFiles<FileSource>;
  title: string;
  /** The files' texts: here on the server, loaded on demand in the browser. */
  texts: Lazy<Record<string, string>>;
  /** The output the build recorded (null without one). */
  recording: Lazy<BuildOutput | null>;
  /** The block hydrated the server's HTML (../Island: useHydratedFromServer). */
  fromServer: boolean;
  /** A run started from this block's Run button while the editor loads. */
  earlyRun: BufferedRun | null;
  /** The console's height when that run began (px): kept while it goes (ConsolePanel `holdHeight`). */
  earlyRunHeight: number | undefined;
  timeLimitMs: number;
  onRun: () => void;
}): ReactNode {
  const live = useBufferedRun(earlyRun, timeLimitMs);
  // Rendered here (server, or a page rendered in the browser), the blocks need the texts.
  const files = useLazy(fromServer ? null : texts);
  // The server's output stays until an early run's can be drawn in its place, with the recorded charts
  // held where they stand until the run redraws them (./heldCharts).
  const island = useIsland<HTMLDivElement>(
    fromServer && !(live && outputPanels.now() && recording.now() !== undefined),
  );
  const panels = useLazy(island.keep && !live ? null : outputPanels);
  const recorded = useLazy(island.keep && !live ? null : recording);
  const view = live ?? (recorded === undefined ? undefined : recordedView(recorded));
  return (
    <>
      <Toolbar id={id} title={title} onRun={onRun} live={null} />
      <section
        className={styles.code}
        aria-label="Code"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the files scroll within the editor's height, so keyboard users must be able to focus and scroll them (axe scrollable-region-focusable)
        tabIndex={0}
        onClickCapture={copyLazily((button) => {
          const name = button.closest<HTMLElement>("[data-playground-file]")?.dataset.playgroundFile;
          return fromServer && name ? texts.load().then((t) => (t[name] ?? "").replace(/\n$/, "")) : null;
        })}
      >
        {model.names.map((name) => (
          <div key={name} className={styles.staticFile} data-playground-file={name}>
            <CodeBlock language="ts" title={model.names.length > 1 ? name : undefined} showLineNumbers>
              {files?.[name]?.replace(/\n$/, "") ?? ""}
            </CodeBlock>
          </div>
        ))}
      </section>
      <Island keep={island.keep} ref={island.ref} className={styles.outputs} data-playground-output="">
        {panels && view ? (
          <Output panels={panels} view={view} recorded={recorded} holdHeight={earlyRunHeight} />
        ) : (
          <Loading />
        )}
      </Island>
    </>
  );
}
