import { usePluginData } from "@docusaurus/useGlobalData";
import type { ApiPageIndex, ApiReferenceGlobalData } from "./apiPages";
import { API_REFERENCE_PLUGIN } from "./names";

/** Which page of the API reference documents which export (plugins/api-reference's global data). */
export function useApiPages(): ApiPageIndex {
  return (usePluginData(API_REFERENCE_PLUGIN) as ApiReferenceGlobalData).pages;
}
