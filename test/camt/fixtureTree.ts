/**
 * A whole-document XML tree built on saxes (a general, conforming XML parser), for tests that
 * check the camt fixtures themselves without the library's reader: saxes is the independent
 * judge of well-formedness and namespaces.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Local name, without prefix. */
  readonly name: string;
  /** Namespace URI. */
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** The element's own text (not its children's), entities and character references decoded. */
  text: string;
}

/** Parses a whole document; throws saxes's error on anything not well-formed (or not closed). */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes[a.local] = a.value;
    const node: XmlNode = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top !== undefined) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The children of a node with a name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The first node along a path of names (`'NtryDtls/Btch/NbOfTxs'`), or undefined. */
export function at(node: XmlNode, path: string): XmlNode | undefined {
  let current: XmlNode | undefined = node;
  for (const name of path.split('/')) current = current === undefined ? undefined : childrenNamed(current, name)[0];
  return current;
}

/** The trimmed text at a path, or undefined. */
export function textAt(node: XmlNode, path: string): string | undefined {
  return at(node, path)?.text.trim();
}

/** Every descendant (the node itself included) with a name, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = node.name === name ? [node] : [];
  for (const c of node.children) found.push(...descendants(c, name));
  return found;
}

/**
 * The element a reader's path names (`Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[3]/Amt`), from the
 * message element (`BkToCstmrStmt` / `BkToCstmrDbtCdtNtfctn`); `[n]` is 1-based among siblings of
 * that name, no index means the first.
 */
export function resolvePath(message: XmlNode, path: string): XmlNode | undefined {
  let current: XmlNode | undefined = message;
  for (const step of path.split('/')) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(step);
    if (m === null || current === undefined) return undefined;
    current = childrenNamed(current, m[1] as string)[Number(m[2] ?? '1') - 1];
  }
  return current;
}
