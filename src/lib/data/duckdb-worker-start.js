/* global importScripts */
// Starts DuckDB-WASM's worker (a classic script whose address is this worker's name) after giving
// it what it assumes every browser has. Its dropFile, which a user's file goes through after
// staging, evaluates `handle instanceof FileSystemSyncAccessHandle`; where the browser lacks that
// interface (WebKitGTK), the bare name throws "Can't find variable: FileSystemSyncAccessHandle".
// A stand-in class that nothing is an instance of gives the check the answer it gives for every
// file that is not in the origin's private file system: no.
if (typeof self.FileSystemSyncAccessHandle === 'undefined') {
  self.FileSystemSyncAccessHandle = class FileSystemSyncAccessHandle {};
}
// The name, not a #fragment: a worker served by the service worker loses its fragment.
const engine = new URL(self.name, self.location.href);
if (engine.origin !== self.location.origin || engine.pathname === self.location.pathname)
  throw new Error('the engine must be another script of this site');
importScripts(engine.href);
