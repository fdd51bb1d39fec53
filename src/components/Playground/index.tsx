import useBaseUrl from "@docusaurus/useBaseUrl";
import { usePluginData } from "@docusaurus/useGlobalData";
import { buildOutputKey } from "@nn-explained/playground/build-output";
import type { PlaygroundGlobalData } from "@nn-explained/playground/protocol";
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import ApiReferenceLink from "../ApiReference/ApiReferenceLink";
import { getBuildOutput } from "./buildOutputs";
import { checkOptions, createFiles } from "./createFiles";
import { loadEdits } from "./persistence";
import type { BufferedRun } from "./runner/client";
import StaticPlayground from "./StaticPlayground";
import styles from "./styles.module.css";

const PlaygroundRoot = lazy(() => import("./PlaygroundRoot"));

/** Props of `<Playground>` (available in every MDX page). */
export interface PlaygroundProps {
  /**
   * File name → text, in tab order. Import each text from a real example file with `?raw`:
   * `import src from "./examples/softmax-stability.ts?raw"` then `files={{ "softmax-stability.ts": src }}`.
   * Name each file as in `examples/` so the build finds its recorded output and errors name the right file.
   */
  files: Record<string, string>;
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

/**
 * An editable, runnable TypeScript example. Server-rendered as highlighted code with the output the build
 * recorded; the editor (Sandpack) and the sandboxed runner load when the playground nears the viewport
 * or is touched.
 * @throws {Error} at build time, naming the prop, when `files`, `entry`, `timeLimit` or `height` are wrong
 * @example
 * import src from "./examples/softmax-stability.ts?raw";
 * <Playground title="A stable softmax" files={{ "softmax-stability.ts": src }} />
 */
export default function Playground(props: PlaygroundProps): ReactNode {
  const { files, entry } = props;
  const model = useMemo(() => createFiles({ files, entry }), [files, entry]);
  const { timeLimitMs, height } = checkOptions(props);
  const id = props.id ?? model.entry.replace(/\.[jt]s$/, "").replace(/[^\w-]+/g, "-");
  const longest = Math.max(...model.names.map((n) => (model.files[n] ?? "").split("\n").length));
  const editorHeight = height ?? Math.min(460, Math.max(120, longest * LINE_PX + 16));
  const data = usePluginData("playground") as PlaygroundGlobalData | undefined;
  if (!data) throw new Error("Playground: the playground plugin (plugins/playground) is not registered.");
  const buildOutput = getBuildOutput(buildOutputKey(model.files[model.entry] ?? ""));
  const runnerUrl = useBaseUrl(data.runnerPath);
  const coreUrl = useBaseUrl(data.corePath);
  const apiUrl = useBaseUrl(data.apiPath);

  const ref = useRef<HTMLElement>(null);
  const [active, setActive] = useState(false);
  const [earlyRun, setEarlyRun] = useState<BufferedRun | null>(null);
  const [shared, setShared] = useState<Record<string, string> | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const activate = useCallback(() => {
    // Keyboard users keep their place: the control focused in the static block gets focus in the editor.
    const focused = ref.current?.contains(document.activeElement)
      ? document.activeElement?.closest<HTMLElement>("[data-pg-focus]")?.dataset.pgFocus
      : undefined;
    if (focused) setFocusKey(focused);
    setActive(true);
  }, []);

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
    // Watched from the first idle moment, not during hydration: a playground near the top of the page
    // would otherwise start loading the editor inside the page's start-up work. A pointer or focus still
    // activates it at once. (Safari has no requestIdleCallback; a timeout still leaves the start-up task.)
    const watch = () => observer.observe(el);
    let cancel: () => void;
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(watch, { timeout: 2000 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(watch, 50);
      cancel = () => window.clearTimeout(id);
    }
    return () => {
      cancel();
      observer.disconnect();
    };
  }, [id]);

  // The runner (a hidden iframe and a prepared worker) starts loading with the editor, not after it.
  useEffect(() => {
    if (active) void import("./runner/client").then(({ getRunner }) => getRunner(runnerUrl).start());
  }, [active, runnerUrl]);

  const title = props.title ?? model.entry;
  const staticBlock = (
    <StaticPlayground
      id={id}
      model={model}
      title={title}
      buildOutput={buildOutput}
      earlyRun={earlyRun}
      timeLimitMs={timeLimitMs}
      onRun={() => {
        // Run at once, with what the editor will show, while the editor loads: the first output does not
        // wait for Sandpack.
        setFocusKey("run");
        setActive(true);
        void import("./runner/client").then(({ startBufferedRun }) => {
          const files = loadEdits(id) ?? model.files;
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
      onPointerEnter={activate}
      onFocus={active ? undefined : activate}
    >
      {active ? (
        <Suspense fallback={staticBlock}>
          <PlaygroundRoot
            id={id}
            model={model}
            title={title}
            timeLimitMs={timeLimitMs}
            autorun={Boolean(props.autorun)}
            readOnly={Boolean(props.readOnly)}
            buildOutput={buildOutput}
            shared={shared}
            earlyRun={earlyRun}
            focusKey={focusKey}
            container={ref}
            runnerUrl={runnerUrl}
            coreUrl={coreUrl}
            apiUrl={apiUrl}
          />
        </Suspense>
      ) : (
        staticBlock
      )}
      {/* What the code can call: the API reference, and the section of each name it imports from core. */}
      <ApiReferenceLink files={model.files} />
    </section>
  );
}
