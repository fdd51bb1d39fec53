import useBaseUrl from "@docusaurus/useBaseUrl";
import { usePluginData } from "@docusaurus/useGlobalData";
import type { BuildOutput } from "@nn-explained/playground/build-output";
import type { PlaygroundGlobalData } from "@nn-explained/playground/protocol";
import { type ComponentType, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import ApiReferenceLink from "../ApiReference/ApiReferenceLink";
import { useHydratedFromServer } from "../Island";
import { all, lazy } from "../Island/lazy";
import { afterReaderMoves } from "../Island/readerMoves";
import { getBuildOutput } from "./buildOutputs";
import { checkOptions, createFiles, createSources } from "./createFiles";
import { type OutputPanels, outputPanels } from "./outputPanels";
import type { PlaygroundRootProps } from "./PlaygroundRoot";
import { loadEdits } from "./persistence";
import type { BufferedRun } from "./runner/client";
import StaticPlayground from "./StaticPlayground";
import { type FileSource, factsOf, mergedImports, recordedOutput, textOf } from "./sources";
import styles from "./styles.module.css";

// A reader who only reads needs, at start-up, the server's HTML and a working toolbar. So the page's
// start-up code has no example's text, recording or Python twin (the browser's `?raw`, `?build-output`
// and `?python-twin` imports give handles: ./sources.ts, ./buildOutputs.ts, plugins/playground), and no
// chart renderer: the static block keeps the server's code and output as they are (./StaticPlayground).
// The texts, the recording and the editor load together when the playground nears the viewport once the
// reader has moved (../Island/readerMoves), or is touched; the editor replaces the static block only once all three are here, so the block (and the
// server content it keeps) stays in place until then. Run loads the texts and the runner at once.

/** The loaded editor, with what it opens with. */
interface Loaded {
  Root: ComponentType<PlaygroundRootProps>;
  panels: OutputPanels;
  files: Record<string, string>;
  recording: BuildOutput | null;
}

/** Props of `<Playground>` (available in every MDX page). */
export interface PlaygroundProps {
  /**
   * File name → text, in tab order. Import each text from a real example file with `?raw`:
   * `import src from "./examples/softmax-stability.ts?raw"` then `files={{ "softmax-stability.ts": src }}`
   * (in the browser the import gives a handle that loads the text: ./sources.ts).
   * Name each file as in `examples/` so the build finds its recorded output and errors name the right file.
   */
  files: Record<string, FileSource>;
  /** The file that runs (default: the first). */
  entry?: string;
  /** Shown above the code (default: the entry's name). */
  title?: string;
  /** Identifies the playground in saved edits and share links; unique on the page (default: the entry's name). */
  id?: string;
  /** Editor height in pixels (default: fits the longest file, 120–460). */
  height?: number;
  /** Run as soon as the editor loads (never for code opened from a share link). */
  autorun?: boolean;
  /** Milliseconds a run may take before it is stopped (default 5000; raise it for training demos). */
  timeLimit?: number;
  /** The reader can run the code but not edit it. */
  readOnly?: boolean;
}

const LINE_PX = 20;

// The runner's client, from one import() for both uses (starting the runner, an early run): two import()
// calls of one module made webpack write it into two identical chunks, and a page could fetch both.
const runnerClient = lazy(() => import("./runner/client"));
/** The runner's client failed to load for a warm-up (see `mayRun`). */
let runnerUnavailable = false;

/**
 * An editable, runnable TypeScript example. Server-rendered as highlighted code with the output the build
 * recorded; the editor (Sandpack) and the sandboxed runner load when the playground nears the viewport
 * after the reader's first move, or is touched.
 * @throws {Error} at build time, naming the prop, when `files`, `entry`, `timeLimit` or `height` are wrong
 * @example
 * import src from "./examples/softmax-stability.ts?raw";
 * <Playground title="A stable softmax" files={{ "softmax-stability.ts": src }} />
 */
export default function Playground(props: PlaygroundProps): ReactNode {
  const { files, entry } = props;
  const model = useMemo(() => createSources({ files, entry }), [files, entry]);
  const { timeLimitMs, height } = checkOptions(props);
  const id = props.id ?? model.entry.replace(/\.[jt]s$/, "").replace(/[^\w-]+/g, "-");
  const facts = model.names.map((n) => factsOf(model.files[n] as FileSource));
  const longest = Math.max(...facts.map((f) => f.lines));
  const editorHeight = height ?? Math.min(460, Math.max(120, longest * LINE_PX + 16));
  const data = usePluginData("playground") as PlaygroundGlobalData | undefined;
  if (!data) throw new Error("Playground: the playground plugin (plugins/playground) is not registered.");
  const buildOutput = getBuildOutput(factsOf(model.files[model.entry] as FileSource).key);
  // Here at once on the server; loaded once, when first needed, in the browser.
  const texts = useMemo(
    () => all(Object.fromEntries(model.names.map((n) => [n, textOf(model.files[n] as FileSource)]))),
    [model],
  );
  const recording = useMemo(() => recordedOutput(buildOutput), [buildOutput]);
  const fromServer = useHydratedFromServer();
  const runnerUrl = useBaseUrl(data.runnerPath);
  const coreUrl = useBaseUrl(data.corePath);
  const apiUrl = useBaseUrl(data.apiPath);

  const ref = useRef<HTMLElement>(null);
  const [active, setActive] = useState(false);
  const [earlyRun, setEarlyRun] = useState<BufferedRun | null>(null);
  // The console's height when Run was pressed in the static block: the early run's console keeps it.
  const [earlyRunHeight, setEarlyRunHeight] = useState<number | undefined>(undefined);
  const [shared, setShared] = useState<Record<string, string> | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  const activate = useCallback(() => {
    // Keyboard users keep their place: the control focused in the static block gets focus in the editor.
    const focused = ref.current?.contains(document.activeElement)
      ? document.activeElement?.closest<HTMLElement>("[data-pg-focus]")?.dataset.pgFocus
      : undefined;
    if (focused) setFocusKey(focused);
    setActive(true);
  }, []);

  // A pointer on the playground (entering or moving: after a run, the reader's way back to Run), focus in it
  // or a key pressed there: a run may come, so the runner's waiting worker warms up (runner/warmUp.ts; each
  // worker serves one run, and warms up once). Before the editor has loaded, a pointer or focus also
  // activates the playground.
  const mayRun = useCallback(() => {
    if (runnerUnavailable) return;
    runnerClient.load().then(
      ({ getRunner }) => getRunner(runnerUrl).warm(),
      () => {
        // Not asked again on every move: a run loads the runner itself, and says so if it fails.
        runnerUnavailable = true;
      },
    );
  }, [runnerUrl]);
  const onPointerEnter = () => {
    mayRun();
    activate();
  };
  const onFocus = () => {
    mayRun();
    if (!active) activate();
  };

  useEffect(() => {
    // A share link for this playground: load its files first (the decoder, with fflate, only then).
    if (window.location.hash.startsWith(`#pg1.${encodeURIComponent(id)}.`)) {
      void import("./shareLink")
        .then(({ decodeShareHash }) => {
          const fromLink = decodeShareHash(window.location.hash);
          // A damaged or hand-edited link throws or gives nothing: the original code shows.
          if (fromLink?.id === id) setShared(createFiles({ files: fromLink.files }).files);
        })
        .catch(() => {})
        .finally(() => {
          setActive(true);
          ref.current?.scrollIntoView({ block: "start" });
        });
      return;
    }
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") {
      setActive(true);
      return;
    }
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((e) => e.isIntersecting)) {
          setActive(true);
          observer.disconnect();
        }
      },
      { rootMargin: "600px 0px" },
    );
    // Watched once the reader has moved (../Island/readerMoves): a reader who only reads the first screen
    // never loads the editor, and a page's start-up work never includes it. A pointer or focus on the
    // playground still activates it at once.
    const cancel = afterReaderMoves(() => observer.observe(el));
    return () => {
      cancel();
      observer.disconnect();
    };
  }, [id]);

  // The runner (a hidden iframe and a prepared worker) starts loading with the editor, not after it.
  useEffect(() => {
    if (active) void runnerClient.load().then(({ getRunner }) => getRunner(runnerUrl).start());
  }, [active, runnerUrl]);

  // The editor, the texts it opens, the recording it shows and the panels that draw it load together; a
  // failed load leaves the static block, and the next pointer or focus tries again.
  useEffect(() => {
    if (!active) return;
    let live = true;
    Promise.all([import("./PlaygroundRoot"), texts.load(), recording.load(), outputPanels.load()]).then(
      ([{ default: Root }, files, recorded, panels]) => {
        if (live) setLoaded({ Root, panels, files, recording: recorded });
      },
      () => live && setActive(false),
    );
    return () => {
      live = false;
    };
  }, [active, texts, recording]);

  const title = props.title ?? model.entry;
  const imports = mergedImports(facts);
  const staticBlock = (
    <StaticPlayground
      id={id}
      model={model}
      title={title}
      texts={texts}
      recording={recording}
      fromServer={fromServer}
      earlyRun={earlyRun}
      earlyRunHeight={earlyRunHeight}
      timeLimitMs={timeLimitMs}
      onRun={() => {
        setEarlyRunHeight(ref.current?.querySelector("[data-playground-console]")?.getBoundingClientRect().height);
        // Run at once, with what the editor will show, while the editor loads: the first output does not
        // wait for Sandpack. The panels that draw its output load meanwhile.
        setFocusKey("run");
        setActive(true);
        void outputPanels.load();
        void Promise.all([runnerClient.load(), texts.load()]).then(([{ startBufferedRun }, original]) => {
          const files = loadEdits(id) ?? original;
          setEarlyRun(
            startBufferedRun(runnerUrl, {
              files,
              entry: model.entry in files ? model.entry : (Object.keys(files)[0] ?? model.entry),
              timeLimitMs,
            }),
          );
        });
      }}
    />
  );
  return (
    <section
      ref={ref}
      id={`playground-${id}`}
      className={styles.playground}
      style={{ "--pg-height": `${editorHeight}px` } as React.CSSProperties}
      aria-label={`Playground: ${title}`}
      data-playground={id}
      // The example whose recorded output the page shows (`<slug>/examples/<name>.ts`): browser tests find
      // each playground's expected output from the page itself.
      data-playground-example={buildOutput?.file}
      data-playground-ready={active ? undefined : "static"}
      onPointerEnter={onPointerEnter}
      onFocus={onFocus}
      onKeyDown={mayRun}
      onPointerMove={mayRun}
    >
      {loaded ? (
        <loaded.Root
          id={id}
          model={{ ...model, files: loaded.files }}
          title={title}
          timeLimitMs={timeLimitMs}
          autorun={Boolean(props.autorun)}
          readOnly={Boolean(props.readOnly)}
          panels={loaded.panels}
          buildOutput={loaded.recording ?? undefined}
          shared={shared}
          earlyRun={earlyRun}
          earlyRunHeight={earlyRunHeight}
          focusKey={focusKey}
          container={ref}
          runnerUrl={runnerUrl}
          coreUrl={coreUrl}
          apiUrl={apiUrl}
        />
      ) : (
        staticBlock
      )}
      {/* What the code can call: the API reference, and the section of each name it imports from core. */}
      <ApiReferenceLink imports={imports} />
    </section>
  );
}
