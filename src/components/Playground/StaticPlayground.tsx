import type { OutputEntry } from "@nn-explained/playground/output";
import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import ChartPanel from "./ChartPanel";
import ConsolePanel from "./ConsolePanel";
import type { PlaygroundFiles } from "./createFiles";
import type { BufferedRun } from "./runner/client";
import styles from "./styles.module.css";
import Toolbar from "./Toolbar";
import { useBufferedRun } from "./useBufferedRun";

/**
 * The playground before its editor loads, and without JavaScript: the files as highlighted code blocks
 * (server-rendered, indexed by search) and the output recorded at build time, under the same toolbar as
 * the editor's. Its Run button loads the editor and runs the code.
 */
export default function StaticPlayground({
  id,
  model,
  title,
  buildOutput,
  earlyRun,
  timeLimitMs,
  onRun,
}: {
  id: string;
  model: PlaygroundFiles;
  title: string;
  buildOutput: { entries: OutputEntry[]; dropped: number } | undefined;
  /** A run started from this block's Run button while the editor loads. */
  earlyRun: BufferedRun | null;
  timeLimitMs: number;
  onRun: () => void;
}): ReactNode {
  const live = useBufferedRun(earlyRun, timeLimitMs);
  return (
    <>
      <Toolbar id={id} title={title} onRun={onRun} live={null} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the files scroll within the editor's height, so keyboard users must be able to focus and scroll them (axe scrollable-region-focusable) */}
      <section className={styles.code} aria-label="Code" tabIndex={0}>
        {model.names.map((name) => (
          <div key={name} className={styles.staticFile}>
            <CodeBlock language="ts" title={model.names.length > 1 ? name : undefined} showLineNumbers>
              {model.files[name]?.replace(/\n$/, "")}
            </CodeBlock>
          </div>
        ))}
      </section>
      {live ? (
        <>
          <ConsolePanel entries={live.entries} dropped={live.dropped} state={live.state} />
          <ChartPanel entries={live.entries} />
        </>
      ) : (
        <>
          <ConsolePanel
            entries={buildOutput?.entries ?? []}
            dropped={buildOutput?.dropped ?? 0}
            state={buildOutput ? { kind: "recorded" } : { kind: "empty" }}
          />
          <ChartPanel entries={buildOutput?.entries ?? []} />
        </>
      )}
    </>
  );
}
