/**
 * The portal's build: `vite build` (npm run build:web) writes web/dist, which the API server serves at `/`.
 *
 * The browser signs with the project's own PKI code (src/pki/pkcs12.ts, src/pki/cms.ts): this config
 * swaps that code's `./engine.ts` (WebCrypto from node:crypto) for web/src/eds/engine.ts (the browser's
 * WebCrypto), so the key file is read and the CMS built by the very code the server tests.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const PKI_DIR = fileURLToPath(new URL("../src/pki/", import.meta.url));
const PKI_ENTRY = fileURLToPath(new URL("../src/pki/browser.ts", import.meta.url));
const BROWSER_ENGINE = fileURLToPath(new URL("./src/eds/engine.ts", import.meta.url));

function browserPkiEngine(): Plugin {
  return {
    name: "qyzmet-browser-pki-engine",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./engine.ts" && importer?.startsWith(PKI_DIR)) return BROWSER_ENGINE;
      return null;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [browserPkiEngine(), react()],
  resolve: { alias: { "@qyzmet/pki": PKI_ENTRY } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
