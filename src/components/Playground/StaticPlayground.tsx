import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import ChartPanel from "./ChartPanel";
import ConsolePanel from "./ConsolePanel";
import type { PlaygroundFiles } from "./createFiles";
import RunButton from "./RunButton";
import type { OutputEntry } from "./runner/output";
import styles from "./styles.module.css";

/**
 * The playground before its editor loads, and without JavaScript: the files as highlighted code blocks
 * (server-rendered, indexed by search) and the output recorded at build time. Its Run button loads the
 * editor and runs the code.
 */
export default function StaticPlayground({
  model,
  title,
  recorded,
  onRun,
}: {
  model: PlaygroundFiles;
  title: string;
  recorded: { entries: OutputEntry[]; dropped: number } | undefined;
  onRun: () => void;
}): ReactNode {
  return (
    <>
      <div className={styles.header}>
        <p className={styles.title}>{title}</p>
        <div className={styles.toolbar}>
          <RunButton onRun={onRun} running={false} />
        </div>
      </div>
      <div className={styles.code}>
        {model.names.map((name) => (
          <div key={name} className={styles.staticFile}>
            <CodeBlock language="ts" title={model.names.length > 1 ? name : undefined} showLineNumbers>
              {model.files[name]?.replace(/\n$/, "")}
            </CodeBlock>
          </div>
        ))}
      </div>
      <ConsolePanel
        entries={recorded?.entries ?? []}
        dropped={recorded?.dropped ?? 0}
        state={recorded ? { kind: "recorded" } : { kind: "empty" }}
      />
      <ChartPanel entries={recorded?.entries ?? []} />
    </>
  );
}
