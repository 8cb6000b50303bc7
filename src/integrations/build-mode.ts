import type { AstroIntegration } from 'astro';

/**
 * Tells the site's own code whether it runs in `astro dev` (drafts shown, content re-read on
 * every request) or in a build. It is a compile-time constant, `import.meta.env.KB_DEV`, set
 * from the Astro command itself: `import.meta.env.DEV` can be overridden by a DEV variable in
 * the environment (test runners set one), which once published a draft.
 */
export function buildMode(): AstroIntegration {
  return {
    name: 'kb:build-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KB_DEV': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
