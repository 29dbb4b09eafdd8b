import { insurerPacksSchema } from '../../../shared/summary/insurer/digest-schema';
import type { InsurerPackDigest } from '../../../shared/summary/input';
import type { DocumentSpec } from '../../services/store/document-spec';

/** Digests of the insurer packs the user saved, newest last: "changes since the last pack" reads the newest. */
export const insurerPacksSpec: DocumentSpec<InsurerPackDigest[]> = {
  name: 'insurer-packs',
  topic: 'summary',
  schema: insurerPacksSchema,
  version: 1,
  empty: () => [],
};
