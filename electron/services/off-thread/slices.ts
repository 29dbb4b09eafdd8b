import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For work that must stay on the thread answering the UI (it reads the stores there) but can be
 * cut up: `await turn()` between pieces gives the event loop a turn once 5 ms have gone by.
 */
export function sliceTurns(sliceMs = 5): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}

/** JSON of `items` in chunks of `chunkSize`, in slices: a string crosses to a worker in one copy. */
export async function jsonChunks(items: readonly unknown[], chunkSize = 200): Promise<string[]> {
  const turn = sliceTurns();
  const chunks: string[] = [];
  for (let i = 0; i < items.length; i += chunkSize) {
    chunks.push(JSON.stringify(items.slice(i, i + chunkSize)));
    await turn();
  }
  return chunks;
}
