interface ImportMetaEnv {
  /** True in `astro dev`, false in a build: set by src/integrations/build-mode.ts from the command. */
  readonly KB_DEV: boolean;
}
