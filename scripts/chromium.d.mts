export declare const CHROMIUM_ARGS: string[];
export declare const APT_LOCK_TIMEOUT_S: number;
export declare function findChromium(options?: {
  install?: boolean;
  headlessShell?: boolean;
  log?: (message: string) => void;
}): string;
