import { emptyRegisters, registersSchema, type Registers } from '../../../shared/registers/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/**
 * All six registers of one company in one file: the schema checks ids and references across
 * them, so no write (a save, an import, a restored snapshot) can leave a reference dangling.
 */
export const registersSpec: DocumentSpec<Registers> = {
  name: 'registers',
  schema: registersSchema,
  version: 1,
  empty: emptyRegisters,
};
