import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: 'dist',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  // The sources zip Firefox review needs holds the sources only, not test output.
  zip: { excludeSources: ['artifacts/**', 'test-results/**'] },
  // Permissions are the least that work; docs/permissions.md explains each one.
  manifest: ({ browser }) => ({
    name: 'LoanLens 借款协议透视镜',
    description: 'Audits online-loan agreements locally for address-book harvesting, contact harassment and other abusive clauses.',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'loanlens@loanlens.invalid',
              // data_collection_permissions (the declaration that nothing is collected) is read from
              // Firefox 140 (an ESR) and Firefox for Android 142; storage.session needs 115.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
