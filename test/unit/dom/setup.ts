import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n';

initI18n('ja');
afterEach(() => cleanup());
