/**
 * Imported first by every npm script that runs Astro (build.ts, astro.ts). Astro reports each
 * command to its own server unless ASTRO_TELEMETRY_DISABLED is set, and greets a first run with a
 * notice about it; this site makes no request to another origin, at build time either. `astro dev`
 * also asks the registry for a newer Astro and suggests an upgrade, which the lockfile decides
 * here, not an author. Set here rather than in package.json because `NAME=1 command` does not
 * work in every shell.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
