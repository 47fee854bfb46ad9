/** `dossier serve`: build, serve the site with Eleventy's dev server, rebuild and reload on changes to the seeds. */
import { watch } from 'node:fs';
import { runBuild } from './build.js';
import { type Command, SITE_OPTIONS, SITE_OPTIONS_HELP } from './command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'build, serve on localhost, and rebuild and reload the browser when seeds change',
  usage: 'dossier serve [options] [--port <n>]',
  options: { ...SITE_OPTIONS, port: { type: 'string', default: '8080' } },
  help: `${SITE_OPTIONS_HELP}
  --port <n>         port of the local server (default: 8080)
Adding, editing or removing a file in the seeds folder (or editing the curation file) rebuilds the site
and reloads open pages. A failed rebuild keeps the last good site. Stop with Ctrl-C.`,
  async run(values, _positionals, context) {
    const build = async () => {
      try {
        await runBuild(values, context);
        return true;
      } catch (error) {
        console.error(`dossier: build failed, the previous site stays: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    };
    await build();
    const { default: EleventyDevServer } = await import('@11ty/eleventy-dev-server');
    const server = EleventyDevServer.getServer('dossier', values.out as string, { watch: [], domDiff: false, showVersion: false });
    server.serve(Number(values.port));
    console.log(`Serving ${values.out}/ at http://localhost:${values.port}/ (watching ${values.seeds}/)`);
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const schedule = () => {
      clearTimeout(timer);
      // Editors and copies write in bursts: wait for quiet, and never run two builds at once.
      timer = setTimeout(() => {
        running = running.then(async () => {
          if (await build()) server.reload({ subtype: 'html' });
        });
      }, 300);
    };
    // Subfolders' articles are read too (see read-seeds.ts).
    const watchers = [watch(values.seeds as string, { recursive: true }, schedule)];
    try {
      watchers.push(watch(values.curation as string, schedule));
    } catch {
      // No curation file: nothing to watch.
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        for (const watcher of watchers) watcher.close();
        void server.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
