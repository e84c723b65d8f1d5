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
  manifest: {
    name: 'LoanLens 借款协议透视镜',
    description: 'Audits online-loan agreements locally for address-book harvesting, contact harassment and other abusive clauses.',
    default_locale: undefined,
  },
});
