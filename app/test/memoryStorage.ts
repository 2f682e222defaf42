/** Test-only: a Storage kept in a map, which can be told to fail writes like a full or blocked one. */
import type { StorageLike } from '../state/storage'

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>()
  /** Writes throw what a browser throws when storage is full (`quota`) or refused (`security`). */
  failWith: 'quota' | 'security' | null = null
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (this.failWith === 'quota') throw new DOMException('full', 'QuotaExceededError')
    if (this.failWith === 'security') throw new DOMException('blocked', 'SecurityError')
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}
