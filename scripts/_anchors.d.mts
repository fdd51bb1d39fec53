export interface AnchorManifest {
  /** Page path under the baseUrl ("" is the landing page) → IDs of its h2–h6 headings. */
  pages: Record<string, string[]>;
}
export declare function baseUrlFromEnv(): string;
export declare function htmlFileOf(buildDir: string, page: string): string;
export declare function sitemapPages(buildDir: string, baseUrl?: string): string[];
export declare function headingIds(html: string): string[];
export declare function collectAnchors(buildDir: string, baseUrl?: string): AnchorManifest;
export declare function redirectTarget(buildDir: string, page: string, baseUrl?: string): string | undefined;
