import { transformSync } from 'esbuild';

const cache = new Map<string, string>();

/**
 * inlineScript(source) → the script minified, for `<script is:inline set:html={…} />`. An inline
 * script ships every byte on every page (comments and indentation included) and no bundler sees
 * it, so the layouts keep theirs as readable files in src/scripts/inline/ and inline this form.
 * A syntax error fails the build, naming the problem.
 */
export function inlineScript(source: string): string {
  let code = cache.get(source);
  if (code === undefined) {
    code = transformSync(source, {
      loader: 'js',
      minify: true,
      target: 'es2019',
      legalComments: 'none',
    }).code.trim();
    // `</script` inside the code would end the element early.
    if (/<\/script/i.test(code)) throw new Error('inlineScript: the code contains "</script"');
    cache.set(source, code);
  }
  return code;
}
