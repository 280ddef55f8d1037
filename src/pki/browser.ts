/**
 * What the portal's browser bundle uses of this folder (web/src/eds/sign.ts imports it as
 * `@qyzmet/pki`; web/vite.config.ts swaps ./engine.ts for the browser's WebCrypto). These modules
 * use only WebCrypto, pkijs, asn1js and @peculiar/x509 — nothing of Node.
 * web/src/eds/pki.d.ts states these signatures for the DOM-typed web project; keep them in step.
 */
export { signCms } from "./cms.ts";
export { readPkcs12 } from "./pkcs12.ts";
export { readSubject } from "./profile.ts";
