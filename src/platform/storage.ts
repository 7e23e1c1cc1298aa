// Thin wrappers over the Storage API (navigator.storage). Each returns plain data and never
// throws, also where the API is missing (older Safari, insecure contexts, test environments).

export interface Persistence {
  /** The browser has the Storage API's persist()/persisted(). */
  supported: boolean
  /** The browser promises not to evict this site's data under storage pressure. */
  persisted: boolean
}

export interface StorageEstimate {
  supported: boolean
  /** Bytes used by this site, when the browser says. */
  usage: number | null
  /** Bytes this site may use, when the browser says. */
  quota: number | null
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}

/** Whether this site's storage is persistent, without asking the person for anything. */
export async function persistence(): Promise<Persistence> {
  const storage = storageManager()
  if (typeof storage?.persisted !== 'function') return { supported: false, persisted: false }
  try {
    return { supported: true, persisted: await storage.persisted() }
  } catch {
    return { supported: true, persisted: false }
  }
}

/**
 * Asks for persistent storage (src/README.md, "Offline and durability"). Chromium decides silently by engagement (installed apps
 * are granted); Firefox shows a permission prompt, so call it from a person's action, and not again
 * once granted.
 */
export async function requestPersistence(): Promise<Persistence> {
  const storage = storageManager()
  if (typeof storage?.persist !== 'function') return persistence()
  const current = await persistence()
  if (current.persisted) return current
  try {
    return { supported: true, persisted: await storage.persist() }
  } catch {
    return { supported: true, persisted: false }
  }
}

/** How much this site stores and may store: for the Settings screen's storage line. */
export async function storageEstimate(): Promise<StorageEstimate> {
  const storage = storageManager()
  if (typeof storage?.estimate !== 'function') return { supported: false, usage: null, quota: null }
  try {
    const { usage, quota } = await storage.estimate()
    return { supported: true, usage: usage ?? null, quota: quota ?? null }
  } catch {
    return { supported: true, usage: null, quota: null }
  }
}
