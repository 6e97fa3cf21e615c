/**
 * The reader's paths (paths.ts) as a transition table: from the node of an open element and the id
 * of a child's name, the child's node, in one array read. Node 0 is "not read": every child of it is
 * node 0 too, so a skipped subtree costs one read per element.
 *
 * @internal
 * @module
 */
import { MESSAGE_ELEMENTS, readerPaths, Role } from './paths.js';
import { NameTable, UNKNOWN_NAME } from './xml/names.js';

/** The node of elements the reader does not read. */
export const IGNORED = 0;

export interface PathTree {
  readonly names: NameTable;
  /** The node of `Document`'s message element (`BkToCstmrStmt`, `BkToCstmrDbtCdtNtfctn`). */
  readonly message: number;
  /** The role of each node. */
  readonly roles: Uint8Array;
  /** The local name of each node (for paths in messages). */
  readonly nodeNames: readonly string[];
  /** `child(node, name)` as a flat table: `table[node * names + name]`. */
  readonly table: Int32Array;
  readonly nameCount: number;
  /** Name ids the reader checks by name. */
  readonly documentName: number;
  readonly messageNames: Readonly<Record<string, number>>;
  /** `Ntry` and `TxDtls`: where the tree has no place for them, the file is no valid camt message. */
  readonly entryName: number;
  readonly transactionName: number;
  /** `SplmtryData`: content of another schema, whose names mean nothing to the reader. */
  readonly opaqueName: number;
}

let tree: PathTree | undefined;

/** The tree, built on first use. */
export function pathTree(): PathTree {
  tree ??= buildTree();
  return tree;
}

function buildTree(): PathTree {
  const paths = readerPaths();
  const messageElements = Object.values(MESSAGE_ELEMENTS).map((m) => m.message);
  const nameList = new Set<string>(['Document', 'SplmtryData', ...messageElements]);
  for (const [path] of paths) for (const step of path.split('/')) for (const name of step.split('|')) nameList.add(name);
  const names = new NameTable([...nameList]);
  const idOf = (name: string): number => names.names.indexOf(name);

  // Nodes as a trie of name ids; node 0 ignored, node 1 the message element.
  const children: Map<number, number>[] = [new Map(), new Map()];
  const roles: number[] = [Role.Ignore, Role.Structure];
  const nodeNames: string[] = ['', 'message'];
  for (const [path, role] of paths) {
    let nodes = [1];
    for (const step of path.split('/')) {
      const next: number[] = [];
      for (const node of nodes) {
        for (const name of step.split('|')) {
          const id = idOf(name);
          let child = children[node]?.get(id);
          if (child === undefined) {
            child = children.length;
            children.push(new Map());
            roles.push(Role.Structure);
            nodeNames.push(name);
            children[node]?.set(id, child);
          }
          next.push(child);
        }
      }
      nodes = next;
    }
    for (const node of nodes) roles[node] = role;
  }
  const nameCount = names.names.length;
  const table = new Int32Array(children.length * nameCount);
  children.forEach((map, node) => {
    for (const [name, child] of map) table[node * nameCount + name] = child;
  });
  const messageNames: Record<string, number> = {};
  for (const [message, { message: element }] of Object.entries(MESSAGE_ELEMENTS)) messageNames[message] = idOf(element);
  return {
    names,
    message: 1,
    roles: Uint8Array.from(roles),
    nodeNames,
    table,
    nameCount,
    documentName: idOf('Document'),
    messageNames,
    entryName: idOf('Ntry'),
    transactionName: idOf('TxDtls'),
    opaqueName: idOf('SplmtryData'),
  };
}

/** The node of a child element named `name` (an id, or UNKNOWN_NAME) of `node`. */
export function childNode(t: PathTree, node: number, name: number): number {
  return name === UNKNOWN_NAME ? IGNORED : (t.table[node * t.nameCount + name] as number);
}
