import type { LanguagePack } from './pack';
import type { Analysis, AnalyzeOptions, Finding, Lang, Suggestion } from './types';
import { LANGS } from './types';
import type { Span } from './context/quotes';
import { quoteSpans } from './context/quotes';
import { compilePack } from './compile/pack';
import { findLexical } from './lexical';
import type { Normalized } from './normalize';
import { normalize, toOriginal } from './normalize';
import { makeFinding } from './finding';
import { NEUTRAL_RULES } from './rules/index';
import { detectWith } from './detect';
import { calmMessage } from './calm-message';
import { NEUTRAL_TEXT } from './neutral-text';
import { scanText } from './scan';

/**
 * The tone engine over a given set of packs. `index.ts` builds one over all seven; a bundle that
 * needs fewer languages builds its own from the pack modules it imports.
 */
export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  detectLanguage(text: string, enabled?: readonly Lang[], hint?: Lang): Lang;
  /**
   * Compiles a language's rules ahead of the first check (compiling a pack costs a few hundred
   * milliseconds once; a caller runs this at idle time so the first keystroke does not pay it).
   */
  prepare(lang: Lang): void;
}

/**
 * Pack findings, each with the calm sentence of its rule (`calm`), which the engine turns into
 * the finding's whole-message suggestion once every finding is known.
 */
function lexicalFindings(pack: LanguagePack, text: string, norm: Normalized, quotes: readonly Span[], calm: Map<Finding, string>): Finding[] {
  const hits = findLexical(compilePack(pack), norm, text, quotes);
  return hits.map((hit) => {
    const suggestions: Suggestion[] = [];
    if (hit.rule.rewrite.span) {
      suggestions.push({ scope: 'span', text: hit.rule.rewrite.span });
    }
    const f = makeFinding(`${pack.lang}/${hit.rule.id}`, hit.rule.category, hit.severity, toOriginal(norm, hit.start, hit.end),
      pack.lang, { key: hit.rule.message ?? `tone_${hit.rule.category}` }, suggestions);
    calm.set(f, hit.rule.rewrite.message);
    f.calm = hit.rule.rewrite.message;
    return f;
  });
}

function keep(f: Finding, options: AnalyzeOptions): boolean {
  if (f.end <= f.start || options.disabled?.includes(f.category)) {
    return false;
  }
  const sensitivity = options.sensitivity ?? 'normal';
  if (sensitivity === 'high') {
    return true;
  }
  if (f.severity === 'info') {
    return false;
  }
  return !(sensitivity === 'low' && f.severity === 'consider' && !f.rule.startsWith('core/'));
}

export function createAnalyzer(packs: readonly LanguagePack[]): Analyzer {
  const byLang = new Map<Lang, LanguagePack>(packs.map((p) => [p.lang, p]));
  const detectLanguage = (text: string, enabled: readonly Lang[] = LANGS, hint?: Lang): Lang =>
    detectWith(packs, text, enabled, hint);

  const analyze = (text: string, options: AnalyzeOptions = {}): Analysis => {
    const enabled = options.languages ?? LANGS;
    const lang = options.lang && enabled.includes(options.lang) ? options.lang : detectLanguage(text, enabled, options.lang);
    if (text.length === 0) {
      return { lang, findings: [] };
    }
    const norm = normalize(text);
    const scan = scanText(text);
    const quotes = quoteSpans(text, scan.quoteStops);
    const pack = byLang.get(lang);
    const calm = new Map<Finding, string>();
    const findings = pack && enabled.includes(lang) ? lexicalFindings(pack, text, norm, quotes, calm) : [];
    const ctx = { text, lang, pack, quotes, options, scan };
    for (const rule of NEUTRAL_RULES) {
      for (const f of rule(ctx)) {
        if (f.rule === 'core/emoji') {
          calm.set(f, NEUTRAL_TEXT[lang].calm);
          f.calm = NEUTRAL_TEXT[lang].calm;
        }
        findings.push(f);
      }
    }
    const kept = findings.filter((f) => keep(f, options));
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    const rewritten = kept.filter((f) => calm.has(f));
    if (rewritten.length > 0) {
      // One calm version of the whole message, shared by every finding that has a calm sentence.
      const suggestion: Suggestion = { scope: 'message', text: calmMessage(text, scan.terminators, rewritten, (f) => calm.get(f)) };
      for (const f of rewritten) {
        f.suggestions.push(suggestion);
      }
    }
    return { lang, findings: kept };
  };

  /**
   * The engine compiles a JavaScript engine's regular expressions lazily, and separately for
   * Latin-1 and for other (two-byte) text, first to bytecode and then to machine code: running a
   * check on both kinds of text twice makes all of that happen now rather than on a keystroke.
   */
  const prepare = (lang: Lang): void => {
    if (!byLang.has(lang)) return;
    for (const sample of ['warm up, you', 'warm up, you\u2019re', 'warm up, you', 'warm up, you\u2019re']) {
      analyze(sample, { lang, languages: [lang] });
    }
  };

  return { analyze, detectLanguage, prepare };
}
