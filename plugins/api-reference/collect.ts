import { dirname, relative, sep } from "node:path";
import ts from "typescript";

/** What kind of declaration an export is. */
export type ApiKind = "function" | "const" | "class" | "interface" | "type";

/** One `@param` (or a documented member of an interface or class). */
export interface ApiParam {
  readonly name: string;
  readonly text: string;
}

/** A property or method of an exported interface or class, with its own doc comment. */
export interface ApiMember {
  readonly name: string;
  /** The member's declaration, comments removed, e.g. `readonly range: readonly [number, number];`. */
  readonly signature: string;
  readonly text: string;
}

/** Everything the reference page shows for one export of `@nn-explained/core`. */
export interface ApiEntry {
  /** The exported name, also the anchor id on the reference page (`#softmax`). */
  readonly name: string;
  readonly kind: ApiKind;
  /** The folder of `packages/core/src` that declares it ("softmax", "metrics", ...), or the file ("errors"). */
  readonly module: string;
  /** The declaration as TypeScript, without body or comments; one entry per overload. */
  readonly signatures: readonly string[];
  /** The doc comment's text (Markdown with `{@link name}` references). */
  readonly summary: string;
  readonly params: readonly ApiParam[];
  readonly returns: string | null;
  /** `@throws` tags as written, e.g. `{ShapeError} when rows have different lengths`. */
  readonly throws: readonly string[];
  /** `@example` bodies, each a code snippet ending in `//=>` results. */
  readonly examples: readonly string[];
  readonly members: readonly ApiMember[];
  /** The declaring file, relative to the repository root, with forward slashes. */
  readonly source: string;
}

/** What {@link collectApi} found: the entries, and the exports it could not document. */
export interface ApiCollection {
  readonly entries: readonly ApiEntry[];
  /** `name: reason` for exports whose declaration kind is not supported (there should be none). */
  readonly skipped: readonly string[];
}

/**
 * Reads every export of the package entry `indexFile` with the TypeScript compiler API, following
 * re-exports to the declaring file, and returns its signature text and JSDoc tags.
 * @param indexFile absolute path of the entry, e.g. `<repo>/packages/core/src/index.ts`
 * @param rootDir the repository root, for the `source` paths
 */
export function collectApi(indexFile: string, rootDir: string): ApiCollection {
  const program = createProgram(indexFile);
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(indexFile);
  if (!sourceFile) throw new Error(`api-reference: cannot read ${indexFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`api-reference: ${indexFile} is not a module`);
  const srcDir = dirname(indexFile);

  const entries: ApiEntry[] = [];
  const skipped: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const first = declarations[0];
    if (!first) {
      skipped.push(`${name}: no declaration`);
      continue;
    }
    const file = first.getSourceFile().fileName;
    const entry = describe(name, declarations, checker);
    if (!entry) {
      skipped.push(`${name}: unsupported declaration kind ${ts.SyntaxKind[first.kind]}`);
      continue;
    }
    const inSrc = relative(srcDir, file).split(sep);
    entries.push({
      ...entry,
      name,
      module: inSrc.length > 1 ? (inSrc[0] as string) : (inSrc[0] as string).replace(/\.ts$/, ""),
      source: relative(rootDir, file).split(sep).join("/"),
    });
  }
  return { entries, skipped };
}

function createProgram(indexFile: string): ts.Program {
  // The package's own compiler options (lib ES2022, no ambient types), found from the entry upwards.
  const configPath = ts.findConfigFile(dirname(indexFile), ts.sys.fileExists, "tsconfig.json");
  let options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, strict: true };
  if (configPath) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      { noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    if (parsed) options = parsed.options;
  }
  return ts.createProgram({ rootNames: [indexFile], options: { ...options, noEmit: true, composite: false } });
}

type Described = Omit<ApiEntry, "name" | "module" | "source">;

function describe(name: string, declarations: readonly ts.Declaration[], checker: ts.TypeChecker): Described | null {
  const first = declarations[0] as ts.Declaration;
  const docNode = declarations.find((d) => jsDocOf(d)) ?? first;
  const docs = readJsDoc(docNode);
  if (ts.isFunctionDeclaration(first)) {
    const fns = declarations.filter(ts.isFunctionDeclaration);
    // With overloads, the reader can call the overload signatures, not the implementation's.
    const callable = fns.length > 1 ? fns.filter((f) => !f.body) : fns;
    return { kind: "function", signatures: callable.map(functionSignature), members: [], ...docs };
  }
  if (ts.isVariableDeclaration(first)) {
    const type = first.type
      ? first.type.getText()
      : checker.typeToString(
          checker.getTypeAtLocation(first.name),
          undefined,
          ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType,
        );
    return { kind: "const", signatures: [`const ${name}: ${type}`], members: [], ...docs };
  }
  if (ts.isClassDeclaration(first)) {
    return { kind: "class", signatures: [classSignature(first)], members: classMembers(first), ...docs };
  }
  if (ts.isInterfaceDeclaration(first)) {
    return {
      kind: "interface",
      signatures: [withoutComments(first)],
      members: interfaceMembers(first),
      ...docs,
    };
  }
  if (ts.isTypeAliasDeclaration(first)) {
    return { kind: "type", signatures: [withoutComments(first)], members: [], ...docs };
  }
  return null;
}

/** The function's head as written in the source: type parameters, parameters and return type, no body. */
function functionSignature(fn: ts.FunctionDeclaration): string {
  const source = fn.getSourceFile().text;
  const end = fn.body ? fn.body.getStart() : fn.end;
  return stripModifiers(source.slice(fn.getStart(), end).trim().replace(/;$/, ""));
}

function stripModifiers(text: string): string {
  return text.replace(/^(export\s+)?(default\s+)?(declare\s+)?/, "");
}

/**
 * A declaration's source text without its comments, as the author formatted it. Lines that held
 * only a comment are dropped; the declaration's own indentation is kept.
 */
function withoutComments(node: ts.Node): string {
  const sourceFile = node.getSourceFile();
  const text = sourceFile.text.slice(node.getStart(), node.end);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, sourceFile.languageVariant, text);
  let out = "";
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    out += scanner.getTokenText();
  }
  return stripModifiers(
    out
      .split("\n")
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== "")
      .join("\n"),
  );
}

function isPublic(member: ts.ClassElement): boolean {
  const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
  return (
    !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !ts.isPrivateIdentifier(member.name ?? member)
  );
}

/** `class X extends Y { constructor(...); readonly code: ...; }`: the public surface, no bodies. */
function classSignature(cls: ts.ClassDeclaration): string {
  const source = cls.getSourceFile().text;
  const head = stripModifiers(source.slice(cls.getStart(), cls.members.pos).trim().replace(/\{$/, "").trim());
  const lines: string[] = [];
  for (const member of cls.members) {
    if (!isPublic(member)) continue;
    if (ts.isConstructorDeclaration(member) || ts.isMethodDeclaration(member)) {
      const end = member.body ? member.body.getStart() : member.end;
      lines.push(`  ${source.slice(member.getStart(), end).trim().replace(/;$/, "")};`);
    } else if (ts.isPropertyDeclaration(member)) {
      lines.push(`  ${withoutComments(member).replace(/\s*=.*;$/, ";")}`);
    }
  }
  return lines.length > 0 ? `${head} {\n${lines.join("\n")}\n}` : `${head} {}`;
}

function classMembers(cls: ts.ClassDeclaration): ApiMember[] {
  return cls.members
    .filter((m) => isPublic(m) && (ts.isPropertyDeclaration(m) || ts.isMethodDeclaration(m)) && jsDocOf(m))
    .map((m) => ({
      name: m.name?.getText() ?? "",
      signature: withoutComments(m),
      text: readJsDoc(m).summary,
    }));
}

function interfaceMembers(decl: ts.InterfaceDeclaration): ApiMember[] {
  return decl.members
    .filter((m) => jsDocOf(m))
    .map((m) => ({ name: m.name?.getText() ?? "", signature: withoutComments(m), text: readJsDoc(m).summary }));
}

/** The doc comment closest to `node` (for a `const`, the one on its `const` statement). */
function jsDocOf(node: ts.Node): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs[docs.length - 1];
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  return (ts.getTextOfJSDocComment(comment) ?? "").trim();
}

type Docs = Pick<ApiEntry, "summary" | "params" | "returns" | "throws" | "examples">;

function readJsDoc(node: ts.Node): Docs {
  const doc = jsDocOf(node);
  const params: ApiParam[] = [];
  const throws: string[] = [];
  const examples: string[] = [];
  let returns: string | null = null;
  for (const tag of doc?.tags ?? []) {
    if (ts.isJSDocParameterTag(tag)) {
      params.push({ name: tag.name.getText(), text: commentText(tag.comment) });
    } else if (ts.isJSDocReturnTag(tag)) {
      returns = commentText(tag.comment);
    } else if (ts.isJSDocThrowsTag(tag)) {
      const type = tag.typeExpression ? `{${tag.typeExpression.type.getText()}} ` : "";
      throws.push(`${type}${commentText(tag.comment)}`.trim());
    } else if (tag.tagName.text === "example") {
      examples.push(exampleText(tag));
    }
  }
  return { summary: commentText(doc?.comment), params, returns, throws, examples };
}

/**
 * An `@example` body as written. The compiler's comment text would read `{@link}`-like braces and
 * trim indentation, so the raw source of the tag is taken and the leading ` * ` of each line removed.
 */
function exampleText(tag: ts.JSDocTag): string {
  const raw = tag.getSourceFile().text.slice(tag.getStart(), tag.end);
  return raw
    .replace(/^@example[ \t]*/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\*( |$)/, "").replace(/\s*\*\/\s*$/, ""))
    .join("\n")
    .replace(/^\s*\n|\s+$/g, "");
}
