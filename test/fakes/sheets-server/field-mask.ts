/** Google partial responses: `fields=sheets(properties(sheetId,title),merges),nextPageToken` or dotted paths. */

export type MaskTree = Map<string, MaskTree | null>;

export function parseFieldMask(mask: string): MaskTree {
  let i = 0;
  const parseList = (): MaskTree => {
    const tree: MaskTree = new Map();
    while (i < mask.length && mask[i] !== ')') {
      let name = '';
      while (i < mask.length && !',()'.includes(mask[i])) name += mask[i++];
      let sub: MaskTree | null = null;
      if (mask[i] === '(') {
        i++;
        sub = parseList();
        if (mask[i++] !== ')') throw new Error(`Invalid field selection ${mask}`);
      }
      addPath(tree, name.trim().split('.'), sub);
      if (mask[i] === ',') i++;
    }
    return tree;
  };
  const tree = parseList();
  if (i !== mask.length) throw new Error(`Invalid field selection ${mask}`);
  return tree;
}

function addPath(tree: MaskTree, path: string[], leaf: MaskTree | null): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    tree.set(head, mergeTrees(tree.get(head), leaf));
    return;
  }
  const existing = tree.get(head);
  if (existing === null) return; // the whole field is already selected
  const child: MaskTree = existing ?? new Map();
  tree.set(head, child);
  addPath(child, rest, leaf);
}

function mergeTrees(a: MaskTree | null | undefined, b: MaskTree | null): MaskTree | null {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  for (const [k, v] of b) a.set(k, mergeTrees(a.get(k), v));
  return a;
}

/** Keeps only the selected fields; arrays are projected element by element; `*` selects everything. */
export function project(value: unknown, tree: MaskTree | null): unknown {
  if (tree === null || tree.has('*') || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => project(v, tree));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = project(v, sub);
  }
  return out;
}

export function applyFieldMask(value: unknown, mask: string | null | undefined): unknown {
  return mask ? project(value, parseFieldMask(mask)) : value;
}
