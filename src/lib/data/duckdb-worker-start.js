// Starts DuckDB-WASM's worker (a classic script named in this script's #fragment) after giving
// it what it assumes every browser has. Its dropFile, which a user's file goes through after
// staging, evaluates `handle instanceof FileSystemSyncAccessHandle`; where the browser lacks that
// interface (WebKitGTK), the bare name throws "Can't find variable: FileSystemSyncAccessHandle".
// A stand-in class that nothing is an instance of gives the check the answer it gives for every
// file that is not in the origin's private file system: no.
if (typeof self.FileSystemSyncAccessHandle === 'undefined') {
  self.FileSystemSyncAccessHandle = class FileSystemSyncAccessHandle {};
}
const engine = new URL(decodeURIComponent(self.location.hash.slice(1)), self.location.href);
if (engine.origin !== self.location.origin) throw new Error('the engine must come from this site');
importScripts(engine.href);
