/** The bundled data's version, set by vite.config.ts: every data URL carries it (?v=). */
declare const __ATLAS_DATA_VERSION__: string;
