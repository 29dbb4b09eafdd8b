/** Feature pages import their own stylesheet (Vite bundles it); tests only need the import to type-check. */
declare module '*.css';
