import ts from 'typescript';

/**
 * defaultExportProps(source, fileName) → the prop names a module's default-exported component
 * declares, read with TypeScript's parser (no type checking): `[]` for `function X()`,
 * `['initial']` for `function X({ initial }: { initial?: R } = {})`, and the members of a props
 * type declared in the same file. `undefined` when the module has no default export. Throws,
 * naming the file, when there is a default export whose props cannot be read from the source
 * alone (a props type imported from elsewhere, a rest parameter, a call such as memo(…) on an
 * unknown argument): the embed build would otherwise guess, and guess silently wrong.
 */
export function defaultExportProps(source: string, fileName: string): string[] | undefined {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const fail = (why: string): never => {
    throw new Error(`${fileName}: cannot read the default export's props (${why})`);
  };
  const isDefaultExport = (n: ts.Node) =>
    ts.canHaveModifiers(n) &&
    (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
    (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

  /** Member names of a type written in this file (a literal, or an interface / alias declared here). */
  const typeMembers = (type: ts.TypeNode): string[] => {
    if (ts.isTypeLiteralNode(type)) return type.members.map((m) => memberName(m.name));
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const name = type.typeName.text;
      for (const s of file.statements) {
        if (ts.isInterfaceDeclaration(s) && s.name.text === name) {
          if (s.heritageClauses?.length) fail(`interface ${name} extends another`);
          return s.members.map((m) => memberName(m.name));
        }
        if (ts.isTypeAliasDeclaration(s) && s.name.text === name) return typeMembers(s.type);
      }
      return fail(`props type ${name} is not declared in this file`);
    }
    return fail(`props type ${type.getText(file)}`);
  };
  const memberName = (name: ts.PropertyName | undefined): string =>
    name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : fail('a computed prop name');

  const propsOf = (fn: ts.SignatureDeclarationBase): string[] => {
    const [props, ...rest] = fn.parameters;
    if (!props) return [];
    if (rest.length > 0) fail('more than one parameter');
    if (props.dotDotDotToken) fail('a rest parameter');
    if (ts.isObjectBindingPattern(props.name)) {
      if (props.name.elements.some((e) => e.dotDotDotToken)) fail('...rest in the props pattern');
      return props.name.elements.map((e) => {
        const key = e.propertyName ?? e.name;
        return ts.isIdentifier(key) ? key.text : fail('a computed prop name');
      });
    }
    return props.type ? typeMembers(props.type) : fail('an untyped props parameter');
  };

  /** The function a default-exported expression names, in this file. */
  const functionOf = (e: ts.Expression): ts.SignatureDeclarationBase => {
    if (ts.isParenthesizedExpression(e)) return functionOf(e.expression);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return e;
    if (ts.isIdentifier(e)) {
      for (const s of file.statements) {
        if (ts.isFunctionDeclaration(s) && s.name?.text === e.text) return s;
        if (ts.isVariableStatement(s))
          for (const d of s.declarationList.declarations)
            if (ts.isIdentifier(d.name) && d.name.text === e.text && d.initializer)
              return functionOf(d.initializer);
      }
      return fail(`${e.text} is not a function declared in this file`);
    }
    return fail(`export default ${e.getText(file).slice(0, 40)}`);
  };

  for (const s of file.statements) {
    if (ts.isFunctionDeclaration(s) && isDefaultExport(s)) return propsOf(s);
    if (ts.isExportAssignment(s) && !s.isExportEquals) return propsOf(functionOf(s.expression));
  }
  return undefined;
}
