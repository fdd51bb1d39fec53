// A reader's edits, kept per page and playground in localStorage. Storage may be full or forbidden
// (private modes, sandboxed embeds): then edits simply are not kept, and nothing breaks.

function key(id: string): string {
  return `nn-playground:v1:${window.location.pathname}:${id}`;
}

/** The saved files of playground `id` on this page, if any. */
export function loadEdits(id: string): Record<string, string> | null {
  try {
    const raw = window.localStorage.getItem(key(id));
    if (!raw) return null;
    const files: unknown = JSON.parse(raw);
    if (!files || typeof files !== "object" || !Object.values(files).every((v) => typeof v === "string")) return null;
    return files as Record<string, string>;
  } catch {
    return null;
  }
}

/** Saves the files of playground `id`, or forgets them when `files` is null. */
export function saveEdits(id: string, files: Record<string, string> | null): void {
  try {
    if (files) window.localStorage.setItem(key(id), JSON.stringify(files));
    else window.localStorage.removeItem(key(id));
  } catch {
    // Quota exceeded or storage disabled: the edit lives until the page closes.
  }
}

/** Whether two file sets hold the same text. */
export function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
