/**
 * The popup's view: pure rendering of a PopupModel. Agreement text (quotes, titles, URLs) reaches the
 * DOM only as JSX text or attribute values, never as HTML.
 */
import type { Citation, Finding, Lang, Severity } from '../../engine/types';
import { SEVERITIES } from '../../engine/types';
import { STRINGS, type Strings } from '../i18n';
import type { CategoryGroup, DocumentView, PopupModel } from '../popup-model';

export type ShowStatus =
  | { kind: 'shown' }
  | { kind: 'hidden' }
  | { kind: 'not-found' }
  | { kind: 'in-link'; url: string; title: string };

export interface PopupProps {
  model: PopupModel;
  lang: Lang;
  status: ShowStatus | null;
  onScanAnyway: () => void;
  onShow: (doc: DocumentView, finding: Finding) => void;
  onClear: () => void;
  onToggleLang: () => void;
}

/** Only web addresses become links; anything else a page reported is shown as text. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function verdictText(model: PopupModel, t: Strings, lang: Lang): string {
  switch (model.state) {
    case 'scanning':
      return t.scanningVerdict;
    case 'none':
      return model.reason === 'forced' ? t.noneForcedVerdict : t.noneVerdict;
    case 'error':
      return model.reason === 'unavailable' ? t.unavailableVerdict : t.errorVerdict;
    case 'clean':
    case 'findings':
      return model.verdict?.[lang] ?? '';
  }
}

function necessaryText(model: PopupModel, t: Strings, lang: Lang): string {
  const n = model.necessary;
  if (n.beyond.length > 0) return t.necessaryBeyond(n.beyond.map((b) => b[lang]));
  if (model.state === 'scanning') return t.scanningVerdict;
  if (model.state !== 'clean' && model.state !== 'findings') return t.necessaryNoAgreement;
  return n.collected > 0 ? t.necessaryWithin : t.necessaryNothing;
}

function CitationItem({ c, t, lang }: { c: Citation; t: Strings; lang: Lang }) {
  const law = c.law[lang];
  if (c.verified === 'title') {
    return (
      <li data-testid="citation" data-citation={c.id}>
        {law} <span class="muted">{t.titleOnlyCitation}</span>
      </li>
    );
  }
  return (
    <li data-testid="citation" data-citation={c.id}>
      <details>
        <summary>
          {law} {c.article}
        </summary>
        <p class="article-text">{c.text}</p>
        <p class="muted">{c.status}</p>
      </details>
    </li>
  );
}

function FindingItem({ f, doc, props, t }: { f: Finding; doc: DocumentView; props: PopupProps; t: Strings }) {
  const lang = props.lang;
  const title = f.title[lang];
  return (
    <li class={`finding sev-${f.severity}`} data-testid="finding" data-category={f.category} data-severity={f.severity} data-rule={f.rule}>
      <h5>
        <span class={`sev sev-${f.severity}`}>{t.severity[f.severity]}</span> {title}
      </h5>
      <blockquote data-testid="quote" aria-label={t.quoteLabel}>
        {f.quote}
      </blockquote>
      <p>{f.message[lang]}</p>
      {f.annualRate !== undefined && <p class="muted">{t.annualRate(String(Math.round(f.annualRate * 100) / 100))}</p>}
      {f.citations.length > 0 && (
        <ul class="citations" aria-label={t.lawLabel}>
          {f.citations.map((c) => (
            <CitationItem key={c.id} c={c} t={t} lang={lang} />
          ))}
        </ul>
      )}
      <button type="button" data-testid="show-on-page" aria-label={t.showOnPageLabel(title)} onClick={() => props.onShow(doc, f)}>
        {t.showOnPage}
      </button>
    </li>
  );
}

function Group({ g, doc, props, t }: { g: CategoryGroup; doc: DocumentView; props: PopupProps; t: Strings }) {
  return (
    <section class="group" data-category={g.category}>
      <h4>
        {t.category[g.category]} <span class="muted">({g.findings.length})</span>
      </h4>
      <ul class="findings">
        {g.findings.map((f) => (
          <FindingItem key={`${f.rule}:${f.start}`} f={f} doc={doc} props={props} t={t} />
        ))}
      </ul>
    </section>
  );
}

function DocumentItem({ doc, props, t }: { doc: DocumentView; props: PopupProps; t: Strings }) {
  const href = safeHref(doc.url);
  return (
    <article class="document" data-testid="document" data-url={doc.url}>
      <h3>{doc.title || doc.url}</h3>
      <p class="muted">
        {t.documentKind[doc.kind]} · {t.grade} {doc.grade === 'none' ? '—' : doc.grade} · {t.findingsIn(doc.findingCount)}
        {href !== null && doc.kind === 'link' && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t.openDocument}
            </a>
          </>
        )}
      </p>
      {doc.truncated && <p class="warn">{t.truncated}</p>}
      {doc.groups.map((g) => (
        <Group key={g.category} g={g} doc={doc} props={props} t={t} />
      ))}
    </article>
  );
}

function StatusLine({ status, t }: { status: ShowStatus | null; t: Strings }) {
  if (status === null) return null;
  switch (status.kind) {
    case 'shown':
      return <>{t.shown}</>;
    case 'hidden':
      return <>{t.shownHidden}</>;
    case 'not-found':
      return <>{t.notOnPage}</>;
    case 'in-link': {
      const href = safeHref(status.url);
      return (
        <>
          {t.notOnPageLink}{' '}
          {href === null ? (
            status.title
          ) : (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {status.title || status.url}
            </a>
          )}
        </>
      );
    }
  }
}

export function Popup(props: PopupProps) {
  const { model, lang } = props;
  const t = STRINGS[lang];
  const grade = model.grade === 'none' ? '—' : model.grade;
  const necessary = necessaryText(model, t, lang);
  return (
    <main class={`popup state-${model.state}`} data-testid="popup" data-state={model.state} lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-busy={model.state === 'scanning'}>
      <header class="top">
        <h1>{t.appName}</h1>
        <button type="button" data-testid="lang-switch" lang={lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t.langSwitchLabel} onClick={props.onToggleLang}>
          {t.langSwitch}
        </button>
      </header>
      <p class="tagline">{t.tagline}</p>

      <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="visually-hidden">
          {t.grade}
        </h2>
        <div class={`grade grade-${model.grade}`} data-testid="grade" role="img" aria-label={`${t.grade}: ${model.grade === 'none' ? t.gradeNone : grade}`}>
          {grade}
        </div>
        <div class="verdict-box">
          <p data-testid="verdict" role="status" aria-live="polite">
            {verdictText(model, t, lang)}
          </p>
          {model.state === 'clean' && <p class="muted">{t.cleanNote}</p>}
          <p class="muted">
            {t.badgeLabel}: <span data-testid="badge-count">{model.badge}</span>
          </p>
        </div>
      </section>

      {model.state === 'none' && (
        <section class="scan-anyway">
          <p class="muted">{t.scanAnywayHint}</p>
          <button type="button" data-testid="scan-anyway" onClick={props.onScanAnyway}>
            {t.scanAnyway}
          </button>
        </section>
      )}

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t.counts}</h2>
        <dl class="counts">
          {SEVERITIES.map((s: Severity) => (
            <div key={s} class={`count sev-${s}`}>
              <dt>{t.severity[s]}</dt>
              <dd data-testid={`count-${s}`}>{model.counts[s]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="necessary-heading">
        <h2 id="necessary-heading">{t.necessaryHeading}</h2>
        <p data-testid="necessary" class={model.necessary.beyond.length > 0 ? 'warn' : undefined}>
          {necessary}
        </p>
        {model.necessary.set.length > 0 && <p class="muted">{t.necessarySet(model.necessary.set.map((n) => n[lang]))}</p>}
      </section>

      <div class="actions">
        <button type="button" data-testid="clear-highlights" onClick={props.onClear}>
          {t.clearHighlights}
        </button>
        <p class="status" role="status" aria-live="polite">
          <StatusLine status={props.status} t={t} />
        </p>
      </div>

      {model.pending > 0 && <p class="muted">{t.pendingLinks(model.pending)}</p>}

      {model.documents.length > 0 && (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t.documentsHeading}</h2>
          {model.documents.map((d, i) => (
            <DocumentItem key={`${i}|${d.url}`} doc={d} props={props} t={t} />
          ))}
        </section>
      )}

      <footer class="muted">{t.privacyNote}</footer>
    </main>
  );
}
