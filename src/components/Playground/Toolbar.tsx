import type { ReactNode } from "react";
import ExportProjectButton from "./ExportProjectButton";
import ResetButton from "./ResetButton";
import RunButton from "./RunButton";
import ShareButton from "./ShareButton";
import StopButton from "./StopButton";
import styles from "./styles.module.css";

/** What the loaded playground's toolbar acts on; absent in the server-rendered toolbar. */
export interface LiveToolbar {
  running: boolean;
  onStop: () => void;
  /** The files differ from the original (or came from a link): Reset has something to undo. */
  changed: boolean;
  onReset: () => void;
  files: Record<string, string>;
  entry: string;
  coreUrl: string;
  apiUrl: string;
}

/**
 * The playground's header: its title and every button, in the server-rendered block as in the loaded
 * editor, so nothing moves when the editor replaces the block. Before the editor loads, Run works (it
 * loads the editor and runs at once) and the others are present but disabled (`aria-disabled`: they stay
 * focusable, and focusing one loads the editor and puts focus on the same button there).
 */
export default function Toolbar({
  id,
  title,
  onRun,
  live,
}: {
  id: string;
  title: string;
  onRun: () => void;
  live: LiveToolbar | null;
}): ReactNode {
  const noop = () => {};
  return (
    <div className={styles.header} data-playground-header="">
      <p className={styles.title}>{title}</p>
      <div className={styles.toolbar} data-playground-toolbar="">
        <RunButton onRun={onRun} running={live?.running ?? false} />
        <StopButton onStop={live?.onStop ?? noop} running={live?.running ?? false} />
        <ResetButton onReset={live?.onReset ?? noop} changed={live?.changed ?? false} />
        <ShareButton id={id} files={live?.files ?? null} />
        <ExportProjectButton
          files={live?.files ?? null}
          entry={live?.entry ?? ""}
          coreUrl={live?.coreUrl ?? ""}
          apiUrl={live?.apiUrl ?? ""}
        />
      </div>
    </div>
  );
}
