// Share links: the URL hash holds the edited files of one playground, compressed.
//
// Format, version 1: `#pg1.<playground id>.<base64url(deflate(JSON))>` where the JSON is
// `{ "files": { "<name>": "<text>", … } }`. A future version takes a new prefix (`pg2.`) and keeps a
// decoder for this one, so links already shared keep working.
import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";

const V1 = "pg1";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The URL hash (with `#`) that restores `files` into the playground `id`.
 * @example
 * encodeShareHash("softmax", { "main.ts": "console.log(1);" }) //=> "#pg1.softmax.eJyr…"
 */
export function encodeShareHash(id: string, files: Record<string, string>): string {
  const json = JSON.stringify({ files });
  return `#${V1}.${encodeURIComponent(id)}.${toBase64Url(zlibSync(strToU8(json), { level: 9 }))}`;
}

/** What a share hash holds, or `null` for a hash that is not a share link (or is damaged). */
export function decodeShareHash(hash: string): { id: string; files: Record<string, string> } | null {
  const m = /^#?pg1\.([^.]+)\.([\w-]+)$/.exec(hash);
  if (!m) return null;
  try {
    const data: unknown = JSON.parse(strFromU8(unzlibSync(fromBase64Url(m[2] as string))));
    const files = (data as { files?: unknown }).files;
    if (!files || typeof files !== "object") return null;
    const entries = Object.entries(files as Record<string, unknown>);
    if (entries.length === 0 || !entries.every(([, v]) => typeof v === "string")) return null;
    return { id: decodeURIComponent(m[1] as string), files: Object.fromEntries(entries) as Record<string, string> };
  } catch {
    return null;
  }
}
