import type { Db } from '../../db/open-database'

/**
 * Finds or creates the outlet of an article: by the `outlet` field when given, else by the URL's
 * domain. A domain seen with a named outlet is mapped to it, so later records with only a URL follow.
 * Caches lookups because an import asks the same few questions thousands of times.
 */
export class OutletResolver {
  private readonly byName = new Map<string, number>()
  private readonly byDomain = new Map<string, number | null>()
  private readonly findByName
  private readonly findByDomain
  private readonly insertOutlet
  private readonly insertDomain

  constructor(db: Db) {
    this.findByName = db.prepare<[string], { id: number }>('SELECT id FROM outlets WHERE name = ? COLLATE NOCASE')
    this.findByDomain = db.prepare<[string], { outlet_id: number }>('SELECT outlet_id FROM outlet_domains WHERE domain = ?')
    this.insertOutlet = db.prepare<[string]>('INSERT INTO outlets (name) VALUES (?)')
    this.insertDomain = db.prepare<[string, number]>('INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)')
  }

  resolve(name: string | null, domain: string | null): number | null {
    if (name) {
      const id = this.outletNamed(name)
      if (domain && this.outletForDomain(domain) === null) {
        this.insertDomain.run(domain, id)
        this.byDomain.set(domain, id)
      }
      return id
    }
    if (!domain) return null
    const mapped = this.outletForDomain(domain)
    if (mapped !== null) return mapped
    const id = this.outletNamed(domain)
    this.insertDomain.run(domain, id)
    this.byDomain.set(domain, id)
    return id
  }

  /** Forget cached ids, e.g. after a transaction that created outlets was rolled back. */
  clear(): void {
    this.byName.clear()
    this.byDomain.clear()
  }

  private outletNamed(name: string): number {
    const key = name.toLowerCase()
    const cached = this.byName.get(key)
    if (cached !== undefined) return cached
    const found = this.findByName.get(name)
    const id = found ? found.id : (this.insertOutlet.run(name).lastInsertRowid as number)
    this.byName.set(key, id)
    return id
  }

  private outletForDomain(domain: string): number | null {
    if (this.byDomain.has(domain)) return this.byDomain.get(domain) ?? null
    const found = this.findByDomain.get(domain)
    const id = found ? found.outlet_id : null
    this.byDomain.set(domain, id)
    return id
  }
}
