// Every unit test gets a real (in-memory) IndexedDB implementation for Dexie.
import 'fake-indexeddb/auto';
