import path from 'node:path';

/**
 * A feature reaches another feature only through that feature's public module (its folder's
 * index), on the back end (electron/features/<name>/) and in the UI (renderer/src/features/<name>/).
 * Only the registration table of each side (<side>/features/index) may import a feature's
 * `feature` module. shared/ is the contract: its schemas and rules are open to every side.
 */
const featureRoots = ['electron/features', 'renderer/src/features'];

function featureOf(file, repoRoot) {
  const rel = path.relative(repoRoot, file).split(path.sep).join('/');
  for (const root of featureRoots) {
    if (!rel.startsWith(`${root}/`)) continue;
    const [name, ...rest] = rel.slice(root.length + 1).split('/');
    if (rest.length === 0) return { root, name: null, rest: [name] }; // a file of the table itself
    return { root, name, rest };
  }
  return null;
}

const publicModules = new Set(['', 'index', 'index.ts', 'index.tsx']);

export const featureBoundaries = {
  meta: { type: 'problem', messages: { deep: "Use the '{{feature}}' feature's public module ({{root}}/{{feature}}/index), not its file '{{file}}'." } },
  create(context) {
    const repoRoot = context.cwd;
    const importer = featureOf(context.filename, repoRoot);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(context.filename), source), repoRoot);
      if (!target || !target.name) return;
      if (importer && importer.root === target.root && importer.name === target.name) return;
      const file = target.rest.join('/');
      if (publicModules.has(file)) return;
      const isTable = importer && importer.name === null && importer.root === target.root;
      if (isTable && file === 'feature') return;
      context.report({ node, messageId: 'deep', data: { feature: target.name, root: target.root, file } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
