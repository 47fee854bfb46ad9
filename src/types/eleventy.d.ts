/** Eleventy ships no type declarations; this is the part Dossier uses. */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}

declare module '@11ty/eleventy-dev-server' {
  /** The part of Eleventy's dev server Dossier uses. */
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: Record<string, unknown>): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { subtype?: string; files?: string[] }): void;
    close(): Promise<void>;
  }
}
