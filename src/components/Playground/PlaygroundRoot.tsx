import {
  type CodeEditorRef,
  SandpackCodeEditor,
  type SandpackFiles,
  SandpackLayout,
  SandpackProvider,
  useSandpack,
} from "@codesandbox/sandpack-react";
import { useColorMode } from "@docusaurus/theme-common";
import type { OutputEntry } from "@nn-explained/playground/output";
import clsx from "clsx";
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { PlaygroundFiles } from "./createFiles";
import type { OutputPanels } from "./outputPanels";
import { loadEdits, sameFiles, saveEdits } from "./persistence";
import { type BufferedRun, getRunner } from "./runner/client";
import { darkTheme, lightTheme } from "./sandpackTheme";
import { decodeShareHash } from "./shareLink";
import styles from "./styles.module.css";
import Toolbar from "./Toolbar";
import { usePlaygroundRun } from "./usePlaygroundRun";

export interface PlaygroundRootProps {
  id: string;
  model: PlaygroundFiles;
  title: string;
  timeLimitMs: number;
  autorun: boolean;
  readOnly: boolean;
  /** The console and charts (./outputPanels: one chunk, shared with the static block's early run). */
  panels: OutputPanels;
  /** The output the build recorded for the original code. */
  buildOutput: { entries: OutputEntry[]; dropped: number } | undefined;
  /** Files from a share link: loaded instead of the saved edits, marked as shared, not run. */
  shared: Record<string, string> | null;
  /** The run started when the reader pressed Run before the editor had loaded: shown and stoppable here. */
  earlyRun: BufferedRun | null;
  /** The console's height when the early run began (px): kept while it goes (ConsolePanel `holdHeight`). */
  earlyRunHeight?: number;
  /** The control to focus once loaded (the one the reader was on in the static block). */
  focusKey: string | null;
  container: RefObject<HTMLElement | null>;
  runnerUrl: string;
  coreUrl: string;
  apiUrl: string;
}

// Sandpack sizes its layout with this variable; inline, so that it beats the theme's default of 300px.
const LAYOUT_HEIGHT = { "--sp-layout-height": "var(--pg-height)" } as React.CSSProperties;

function toSandpack(files: Record<string, string>, readOnly: boolean): SandpackFiles {
  return Object.fromEntries(Object.entries(files).map(([name, code]) => [`/${name}`, { code, readOnly }]));
}

/**
 * Reports the editor's files (by the playground's names) whenever the reader types, and keeps `snapshot`
 * able to read them at once: Sandpack's state lags a keystroke behind CodeMirror until React renders, so
 * the active file is read from CodeMirror itself (Ctrl+Enter right after typing runs what was typed).
 */
function FilesListener({
  names,
  onChange,
  snapshot,
  editor,
}: {
  names: string[];
  onChange: (files: Record<string, string>) => void;
  snapshot: RefObject<(() => Record<string, string>) | null>;
  editor: RefObject<CodeEditorRef | null>;
}) {
  const { sandpack } = useSandpack();
  const { files, activeFile } = sandpack;
  const read = useCallback(() => {
    const out = Object.fromEntries(names.map((n) => [n, files[`/${n}`]?.code ?? ""]));
    const view = editor.current?.getCodemirror();
    const active = activeFile.replace(/^\//, "");
    if (view && active in out) out[active] = view.state.doc.toString();
    return out;
  }, [files, activeFile, names, editor]);
  snapshot.current = read;
  useEffect(() => {
    onChange(read());
  }, [read, onChange]);
  return null;
}

/** The loaded playground: Sandpack's editor, our runner, the console and the charts. */
export default function PlaygroundRoot(p: PlaygroundRootProps): ReactNode {
  const { colorMode } = useColorMode();
  const original = p.model.files;
  const [initial, setInitial] = useState(() => p.shared ?? loadEdits(p.id) ?? original);
  const [generation, setGeneration] = useState(0);
  const [current, setCurrent] = useState(initial);
  const [isShared, setIsShared] = useState(p.shared !== null);
  const snapshot = useRef<(() => Record<string, string>) | null>(null);
  const editor = useRef<CodeEditorRef | null>(null);
  const names = useMemo(() => Object.keys(initial), [initial]);
  const entry = names.includes(p.model.entry) ? p.model.entry : (names[0] as string);
  // Sandpack resets the editor when these props change: build them once per (re)start.
  const sandpackFiles = useMemo(() => toSandpack(initial, p.readOnly), [initial, p.readOnly]);
  const sandpackOptions = useMemo(
    () => ({
      activeFile: `/${entry}`,
      visibleFiles: names.map((n) => `/${n}`),
      initMode: "immediate" as const,
      autorun: false,
      autoReload: false,
    }),
    [entry, names],
  );

  const changed = !sameFiles(current, original);
  const readFiles = useCallback(() => snapshot.current?.() ?? current, [current]);
  const consoleHeight = useCallback(
    () => p.container.current?.querySelector("[data-playground-console]")?.getBoundingClientRect().height,
    [p.container],
  );
  const { output, running, holdHeight, run, stop, showBuildOutput } = usePlaygroundRun({
    runnerUrl: p.runnerUrl,
    timeLimitMs: p.timeLimitMs,
    entry,
    files: readFiles,
    buildOutput: p.buildOutput,
    changed,
    earlyRun: p.earlyRun,
    earlyRunHeight: p.earlyRunHeight,
    consoleHeight,
  });

  const onFilesChange = useCallback(
    (next: Record<string, string>) => setCurrent((prev) => (sameFiles(prev, next) ? prev : next)),
    [],
  );

  // Saves edits as the reader types; code loaded from a link is saved only once the reader changes it.
  useEffect(() => {
    if (sameFiles(current, initial)) return;
    saveEdits(p.id, sameFiles(current, original) ? null : current);
  }, [current, initial, original, p.id]);

  const reset = () => {
    saveEdits(p.id, null);
    setInitial(original);
    setCurrent(original);
    setGeneration((g) => g + 1);
    setIsShared(false);
    showBuildOutput();
    if (decodeShareHash(window.location.hash)) {
      window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
    }
  };

  // Ctrl/Cmd+Enter runs from anywhere in the playground, the editor included (before CodeMirror sees it).
  useEffect(() => {
    const el = p.container.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.stopPropagation();
        run();
      }
    };
    el.addEventListener("keydown", onKey, true);
    return () => el.removeEventListener("keydown", onKey, true);
  }, [p.container, run]);

  // On first mount: start the runner, restore keyboard focus, run if asked to, show a shared playground.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, with the props the playground loaded with
  useEffect(() => {
    void getRunner(p.runnerUrl).start();
    if (p.focusKey) p.container.current?.querySelector<HTMLElement>(`[data-pg-focus="${p.focusKey}"]`)?.focus();
    if (p.shared) p.container.current?.scrollIntoView({ block: "start" });
    else if (p.autorun && !p.earlyRun) run();
  }, []);

  // The line numbers show once CodeMirror has measured the lines (see `.editorFrame` in the styles): its
  // first measure is already requested when the editor exists (Sandpack makes it in an effect, which runs
  // before this one), and a request made now is written in that same pass. Without an editor (a static
  // read-only view) there is nothing to wait for.
  const frame = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each generation (Reset) is a new editor to wait for
  useLayoutEffect(() => {
    delete frame.current?.dataset.measured;
  }, [generation]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  useEffect(() => {
    const show = () => {
      if (frame.current) frame.current.dataset.measured = "";
    };
    const view = editor.current?.getCodemirror();
    if (view) view.requestMeasure({ read: () => null, write: show });
    else show();
  }, [generation]);

  // The editor is memoised: runs re-render the console several times, and Sandpack need not follow.
  const dark = colorMode === "dark";
  const editorBlock = useMemo(
    () => (
      <div ref={frame} className={clsx(styles.code, styles.editorFrame)} data-playground-editor="">
        <SandpackProvider
          key={generation}
          files={sandpackFiles}
          theme={dark ? darkTheme : lightTheme}
          options={sandpackOptions}
        >
          <FilesListener names={names} onChange={onFilesChange} snapshot={snapshot} editor={editor} />
          <SandpackLayout className={styles.editor} style={LAYOUT_HEIGHT}>
            <SandpackCodeEditor
              ref={editor}
              showTabs={names.length > 1}
              showLineNumbers
              readOnly={p.readOnly}
              showReadOnly={false}
              showRunButton={false}
            />
          </SandpackLayout>
        </SandpackProvider>
      </div>
    ),
    [generation, sandpackFiles, dark, sandpackOptions, names, onFilesChange, p.readOnly],
  );

  return (
    <>
      <Toolbar
        id={p.id}
        title={p.title}
        onRun={run}
        live={{
          running,
          onStop: stop,
          changed: changed || isShared,
          onReset: reset,
          files: current,
          entry,
          coreUrl: p.coreUrl,
          apiUrl: p.apiUrl,
        }}
      />
      {isShared && (
        <p className={styles.banner} data-playground-shared="">
          This code came from a shared link and has not run. Read it, then press Run.
        </p>
      )}
      <p className={styles.visuallyHidden}>
        In the editor: Enter starts editing, Escape stops editing so Tab moves on, Ctrl+Enter runs the code.
      </p>
      {editorBlock}
      <p.panels.ConsolePanel
        entries={output.entries}
        dropped={output.dropped}
        state={output.state}
        holdHeight={holdHeight}
      />
      <p.panels.ChartPanel entries={output.entries} held={output.held} live={output.state.kind === "running"} />
    </>
  );
}
