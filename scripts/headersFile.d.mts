/** Types for headersFile.mjs (the `_headers` parser shared by the server, the build and the tests). */
export interface HeaderRule {
  path: string;
  line: number;
  headers: Array<[string, string]>;
}
export interface ParsedHeaders {
  rules: HeaderRule[];
  errors: string[];
}
/** Parses a `_headers` file; syntax problems are returned as messages naming the line. */
export function parseHeadersFile(text: string): ParsedHeaders;
/** The regular expression a rule's path pattern stands for. */
export function toPathPattern(path: string): RegExp;
/** Headers a CDN sends for a request path (lower-cased names, repeated headers joined with ", "). */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string>;
/** The rules that set `header` for a request path. */
export function rulesSetting(rules: HeaderRule[], urlPath: string, header: string): HeaderRule[];
/** Rewrites the file's root-relative path lines under `base`. */
export function prefixHeadersFile(text: string, base: string): string;
