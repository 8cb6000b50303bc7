interface ImportMetaEnv {
  /** True in `astro dev`, false in a build: set by src/publish/integration.ts from the command. */
  readonly KB_DEV: boolean;
}
