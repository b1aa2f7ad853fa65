/**
 * Stands in for cssomnom's stylesheet parser in the Lambda bundles (an esbuild alias set in
 * infra/constructs/docket-function.ts). linkedom calls that parser only when code reads a
 * `<style>` element's `.sheet`, which neither Readability nor Docket does, and it is 200 KB of
 * the ingest bundle. Should anything start reading `.sheet`, it fails loudly instead of silently.
 */
export function parse(): never {
  throw new Error(
    'CSS stylesheets are not parsed in the Lambda bundle (see shared/parse/shims/no-stylesheet-parser.ts)',
  );
}
