import ElectronStore from 'electron-store';
import { storeOptions, wrapConf, type StoreFileFactory } from '../services/store/backend';

/** The Electron host keeps its files with electron-store, using the same options as conf elsewhere. */
export const electronStoreFile: StoreFileFactory = (options) =>
  wrapConf(options, () => new ElectronStore<Record<string, unknown>>({ ...storeOptions(options), name: options.configName }));
