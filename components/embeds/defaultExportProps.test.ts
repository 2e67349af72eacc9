import { describe, expect, it } from 'vitest';
import { defaultExportProps } from './defaultExportProps.ts';

const props = (source: string) => defaultExportProps(source, 'View.tsx');

describe('defaultExportProps(source, fileName)', () => {
  it('reads destructured props, however the signature is laid out', () => {
    expect(props('export default function V() { return null; }')).toEqual([]);
    expect(props('export default function V({ initial }: { initial?: R } = {}) {}')).toEqual(['initial']);
    expect(
      props(`export default function V({
        initial,
        other: renamed,
      }: {
        initial?: R;
        other: number;
      }) {}`),
    ).toEqual(['initial', 'other']);
  });
  it('reads a props type declared in the file, and `export default` of a named function or arrow', () => {
    expect(
      props('interface Props { initial?: R; n: number }\nexport default function V(p: Props) {}'),
    ).toEqual(['initial', 'n']);
    expect(props('type Props = { initial: R };\nconst V = (p: Props) => null;\nexport default V;')).toEqual([
      'initial',
    ]);
    expect(props('function V({ initial }: { initial?: R }) {}\nexport default V;')).toEqual(['initial']);
  });
  it('is undefined without a default export, and ignores a default-export look-alike in a comment or string', () => {
    expect(props('export function V() {}')).toBeUndefined();
    expect(
      props('// export default function V({ initial }) {}\nconst s = "export default function";'),
    ).toBeUndefined();
  });
  it('throws, naming the file, where the source alone cannot tell', () => {
    expect(() => props("import type { P } from './p';\nexport default function V(p: P) {}")).toThrow(
      /View\.tsx: cannot read the default export's props \(props type P is not declared in this file\)/,
    );
    expect(() => props('export default function V({ ...rest }: Props) {}')).toThrow(/\.\.\.rest/);
    expect(() => props('export default memo(V);')).toThrow(/export default memo\(V\)/);
    expect(() => props('export default function V(props) {}')).toThrow(/untyped/);
  });
});
