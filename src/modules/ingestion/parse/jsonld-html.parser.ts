const ldJsonScript = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

export interface JsonLdBlocks {
  values: unknown[];
  /** Blocks that were not valid JSON, kept verbatim for the quarantine. */
  malformed: string[];
}

/** Extracts and parses every `<script type="application/ld+json">` block of an HTML page. */
export function extractJsonLd(html: string): JsonLdBlocks {
  const values: unknown[] = [];
  const malformed: string[] = [];
  for (const match of html.matchAll(ldJsonScript)) {
    const body = (match[1] ?? '').trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
    if (body === '') continue;
    try {
      values.push(JSON.parse(body));
    } catch {
      malformed.push(body.slice(0, 10_000));
    }
  }
  return { values, malformed };
}
