import { type ReactNode, useState } from "react";
import Icon from "../Icon";
import styles from "./styles.module.css";

/**
 * The export button: downloads the files as a zip project (core and the playground helpers included as
 * local packages) that runs in Node or in a CodeSandbox Devbox. A download rather than a POST to
 * CodeSandbox: it works offline, sends nothing anywhere, and the site's CSP (`form-action 'self'`)
 * forbids posting to another origin. Without `files` (the server-rendered toolbar, before the editor
 * loads) it is the same button, disabled.
 */
export default function ExportProjectButton({
  files,
  entry,
  coreUrl,
  apiUrl,
}: {
  files: Record<string, string> | null;
  entry: string;
  coreUrl: string;
  apiUrl: string;
}): ReactNode {
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    if (!files) return;
    try {
      // The zip writer and the project template load on the first export, not with the editor.
      const [{ strToU8, zipSync }, { exportProject }, [core = "", api = ""]] = await Promise.all([
        import("fflate"),
        import("./exportProject"),
        Promise.all(
          [coreUrl, apiUrl].map(async (u) => {
            const r = await fetch(u);
            if (!r.ok) throw new Error(`${u}: HTTP ${r.status}`);
            return r.text();
          }),
        ),
      ]);
      const project = exportProject(files, entry, core, api);
      const zip = zipSync(
        Object.fromEntries(Object.entries(project).map(([k, v]) => [`nn-explained-playground/${k}`, strToU8(v)])),
      );
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: "application/zip" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `${entry.replace(/\.[jt]s$/, "")}-playground.zip`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(null);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={() => void download()}
        aria-disabled={files === null}
        data-pg-focus="export"
        title="Download this code as a project (zip) to run in Node or open in a CodeSandbox Devbox"
      >
        <Icon name="export" className={styles.icon} /> Export for CodeSandbox
      </button>
      {error && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </>
  );
}
