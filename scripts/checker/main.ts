// The report checker page of the documentation site. Bundled by scripts/build-checker.ts into one
// classic script (IIFE), so the page works opened as a file, with no server. Everything runs here, in
// the reader's browser: the text is never sent anywhere.
import {
  attainment,
  describeAttainment,
  explainAttainment,
  extractClaims,
  formatNumber,
  isChiTieuError,
  parseNumber,
  ROUNDING_MODES,
  type AttainmentInput,
  type Claim,
  type ExtractClaimsOptions,
  type ExtractClaimsResult,
  type IndicatorKind,
  type RoundingMode,
  type TargetInput,
} from 'chitieu';
import { bulletChart } from 'chitieu/svg';
import { layout, type Span } from './marks.js';
import { KINDS, MODES, STATUSES, STRINGS, VERDICTS, type Lang } from './strings.js';

type Theme = 'light' | 'dark';
type Verdict = keyof typeof VERDICTS;

/** Texts longer than this are checked a moment after typing stops rather than at every keystroke. */
const SYNC_LIMIT = 200_000;
/** The script that reads .docx files (mammoth's browser build), loaded only when one is opened. */
const DOCX_SCRIPT = 'checker-docx.js';

interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

const state = {
  lang: 'vi' as Lang,
  theme: null as Theme | null,
  result: null as ExtractClaimsResult | null,
  text: '',
  selected: -1,
  error: '',
};

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing from the page`);
  return el as T;
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
};

const t = () => STRINGS[state.lang];

/** A plain decimal in the page's notation (no grouping: the figures are short). */
const loc = (plain: string): string => (state.lang === 'vi' ? plain.replace('.', ',') : plain);

const effectiveTheme = (): Theme => state.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const message = (e: unknown): string => (isChiTieuError(e) ? e.messages[state.lang] : e instanceof Error ? e.message : String(e));

// ---------------------------------------------------------------- static texts, language, theme

function applyStatic(): void {
  const s = t() as Record<string, unknown>;
  document.documentElement.lang = state.lang;
  document.title = `${String(s.title)} · chitieu`;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) node.textContent = String(s[node.dataset.t ?? ''] ?? '');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t-placeholder]'))) node.setAttribute('placeholder', String(s[node.dataset.tPlaceholder ?? ''] ?? ''));
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t-label]'))) node.setAttribute('aria-label', String(s[node.dataset.tLabel ?? ''] ?? ''));
  const other: Lang = state.lang === 'vi' ? 'en' : 'vi';
  const privacy = $('privacy-other');
  privacy.textContent = STRINGS[other].privacy;
  privacy.setAttribute('lang', other);
  const lang = $('lang');
  lang.textContent = t().langSwitch;
  lang.setAttribute('lang', state.lang === 'vi' ? 'en' : 'vi');
  lang.setAttribute('aria-label', t().langSwitchLabel);
  fillModes($<HTMLSelectElement>('rounding'), true);
  fillModes($<HTMLSelectElement>('f-mode'), false);
  applyTheme();
}

function fillModes(select: HTMLSelectElement, auto: boolean): void {
  const value = select.value || 'half-up';
  select.replaceChildren();
  if (auto) select.append(el('option', { value: 'auto' }, t().auto));
  for (const m of ROUNDING_MODES) select.append(el('option', { value: m }, MODES[m][state.lang]));
  select.value = value;
}

function applyTheme(): void {
  const theme = effectiveTheme();
  if (state.theme === null) delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = state.theme;
  const button = $('theme');
  button.setAttribute('aria-pressed', String(theme === 'dark'));
  button.textContent = theme === 'dark' ? t().themeLight : t().themeDark;
}

// ---------------------------------------------------------------- the report

function roundingOptions(): ExtractClaimsOptions {
  const v = $<HTMLSelectElement>('rounding').value;
  return v === 'auto' || v === '' ? {} : { rounding: v as RoundingMode };
}

function check(): void {
  const text = $<HTMLTextAreaElement>('text').value;
  state.text = text;
  try {
    state.result = extractClaims(text, roundingOptions());
    state.error = '';
  } catch (e) {
    state.result = null;
    state.error = message(e);
  }
  const claims = state.result?.claims ?? [];
  if (state.selected >= claims.length) state.selected = -1;
  renderReport();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function onText(): void {
  clearTimeout(timer);
  if ($<HTMLTextAreaElement>('text').value.length <= SYNC_LIMIT) check();
  else timer = setTimeout(check, 300);
}

function renderReport(): void {
  renderSummary();
  renderMarks();
  renderDetail();
  document.body.dataset.checked = String(Number(document.body.dataset.checked ?? '0') + 1);
}

function renderSummary(): void {
  const claims = state.result?.claims ?? [];
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  const n = { figures: claims.length, checked: count('consistent') + count('flagged'), consistent: count('consistent'), flagged: count('flagged'), inferred: count('inferred'), ambiguous: count('ambiguous') };
  for (const [k, v] of Object.entries(n)) $(`n-${k}`).textContent = String(v);
  const notes = $('notes');
  notes.replaceChildren();
  if (state.error !== '') {
    notes.append(el('li', { class: 'error', role: 'alert' }, state.error));
    return;
  }
  const flags = state.result?.flags ?? [];
  for (const f of flags) {
    const li = el('li', { 'data-code': f.code, class: 'note' }, f[state.lang]);
    notes.append(li);
  }
  if (flags.length === 0) notes.append(el('li', { class: 'none' }, t().noNotes));
  if (state.result !== null && claims.some((c) => c.kind === 'ratio-percent')) {
    const modes = state.result.commonModes;
    notes.append(el('li', { class: 'modes' }, `${t().commonModes}: ${modes.length === 0 ? t().commonNone : modes.map((m) => MODES[m][state.lang]).join(', ')}.`));
  }
}

function renderMarks(): void {
  const box = $('marked');
  const claims = state.result?.claims ?? [];
  box.replaceChildren();
  if (state.text === '') {
    box.append(el('p', { class: 'empty' }, t().emptyText));
    return;
  }
  const draw = (spans: Span[], into: Node) => {
    for (const s of spans) {
      if ('text' in s) {
        into.appendChild(document.createTextNode(s.text));
        continue;
      }
      const c = claims[s.claim] as Claim;
      const mark = el('mark', {
        'data-verdict': c.verdict,
        'data-kind': c.kind,
        'data-claim': String(s.claim),
        title: `${VERDICTS[c.verdict][state.lang]} · ${KINDS[c.kind]?.[state.lang] ?? c.kind}`,
      });
      // A mark is a button unless it holds other marks (a sum around its parts): controls do not nest.
      // Keyboard users reach such a claim from the details of a part ("Nằm trong" / "Part of").
      if (!s.children.some((x) => 'claim' in x)) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
      }
      if (s.part > 0) mark.dataset.part = String(s.part);
      if (s.claim === state.selected) mark.setAttribute('aria-pressed', 'true');
      draw(s.children, mark);
      into.appendChild(mark);
    }
  };
  draw(layout(state.text, claims), box);
}

function select(i: number): void {
  state.selected = i;
  for (const m of Array.from(document.querySelectorAll<HTMLElement>('#marked mark'))) {
    if (m.dataset.claim === String(i)) m.setAttribute('aria-pressed', 'true');
    else m.removeAttribute('aria-pressed');
  }
  renderDetail();
}

function row(list: HTMLElement, term: string, ...value: (Node | string)[]): void {
  list.append(el('dt', {}, term), el('dd', {}, ...value));
}

function computation(c: Claim): string | null {
  const L = state.lang;
  switch (c.kind) {
    case 'ratio-percent': {
      const k = c.check;
      const mode = MODES[roundingOptions().rounding ?? 'half-up'][L];
      // a percentage, points over a target rate, a number of times ("gấp 2 lần"), or an excess in units
      const u = c.as === 'multiple' ? (L === 'vi' ? ' lần' : ' times') : c.as === 'excess' ? '' : c.as === 'over-points' ? (L === 'vi' ? ' điểm %' : ' points') : '%';
      return `${t().exact}: ${k.exact} = ${formatNumber(k.exact, { locale: L, decimals: Math.min(10, k.decimals + 4) })}…; ${t().computed} ${mode}: ${formatNumber(k.computed, { locale: L, decimals: k.decimals, trailingZeros: true })}${u}; ${t().printed}: ${k.reportedText}${u}`;
    }
    case 'ratio':
      return `${c.achieved.text}/${c.target.text} = ${c.percent === null ? '—' : `${loc(c.percent)}%`} (${STATUSES[c.status]?.[L] ?? c.status})`;
    case 'sum':
      return `${c.parts.map((p) => p.text).join(' + ')} = ${formatNumber(c.check.sum, { locale: L })} (${t().sum}); ${t().total}: ${c.total.text}`;
    case 'subset':
      return `${c.part.text} ≤ ${c.total.text}`;
    case 'range':
      return `${c.min.text} – ${c.max.text}${c.percent ? '%' : ''}`;
    case 'at-least':
      return `≥ ${c.value.text}`;
    default:
      return null;
  }
}

/**
 * The figures a chart can show: a ratio, or a figure whose one target is worked out. A change from an
 * earlier figure (tăng, giảm, gấp) has no target to chart against.
 */
function chartInput(c: Claim): AttainmentInput | null {
  if ((c.kind === 'ratio-percent' || c.kind === 'implied-target') && (c.as === 'growth' || c.as === 'decrease' || c.as === 'multiple')) return null;
  if (c.kind === 'ratio-percent') return c.as === 'over-points' ? { achieved: c.achieved.value, target: c.target.value, kind: 'rate' } : { achieved: c.achieved.value, target: c.target.value };
  if (c.kind === 'ratio') return c.percent === null ? null : { achieved: c.achieved.value, target: c.target.value };
  if (c.kind === 'implied-target' && c.impliedTargets?.length === 1) return { achieved: c.achieved.value, target: c.impliedTargets[0] as number, kind: c.as === 'over-points' ? 'rate' : 'count' };
  return null;
}

function renderDetail(): void {
  const body = $('detail-body');
  body.replaceChildren();
  const claims = state.result?.claims ?? [];
  const c = claims[state.selected];
  if (c === undefined) {
    body.append(el('p', { class: 'hint' }, t().detailHint));
    return;
  }
  const L = state.lang;
  body.dataset.claim = String(state.selected);
  body.append(el('blockquote', { class: 'quote' }, c.text));
  const list = el('dl', { class: 'facts' });
  row(list, t().kind, KINDS[c.kind]?.[L] ?? c.kind);
  row(list, t().verdict, el('span', { class: 'verdict', 'data-verdict': c.verdict }, VERDICTS[c.verdict][L]));
  const comp = computation(c);
  if (comp !== null) row(list, t().computation, el('span', { class: 'computation' }, comp));
  row(list, t().explanation, el('span', { class: 'explanation' }, c.explanation[L]));
  // A flag that only repeats the explanation is not shown twice.
  const flags = c.flags.filter((f) => f[L] !== c.explanation[L]);
  if (flags.length > 0) row(list, t().flags, el('ul', { class: 'flags' }, ...flags.map((f) => el('li', { 'data-code': f.code }, f[L]))));
  if (c.kind === 'ratio-percent') {
    const modes = c.check.consistentModes;
    row(list, t().modes, el('span', { class: 'modes' }, modes.length === 0 ? t().modesNone : modes.map((m) => MODES[m][L]).join(', ')));
  }
  if (c.kind === 'implied-target') row(list, t().impliedTargets, el('span', { class: 'targets' }, c.impliedTargets === null ? t().tooMany : c.impliedTargets.length === 0 ? '—' : c.impliedTargets.map((x) => formatNumber(x, { locale: L })).join(', ')));
  const related = (rel: 'partOf' | 'contains') => claims.map((o, i) => ({ o, i })).filter(({ o, i }) => i !== state.selected && (rel === 'partOf' ? o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start : o.start >= c.start && o.end <= c.end && o.end - o.start < c.end - c.start));
  for (const rel of ['partOf', 'contains'] as const) {
    const others = related(rel);
    if (others.length === 0) continue;
    row(list, t()[rel], el('span', { class: 'related' }, ...others.map(({ o, i }) => {
      const b = el('button', { type: 'button', 'data-verdict': o.verdict, 'data-select': String(i) }, o.text.length > 48 ? `${o.text.slice(0, 47)}…` : o.text);
      return b;
    })));
  }
  body.append(list);
  const input = chartInput(c);
  if (input !== null) {
    try {
      const svg = bulletChart(input, { locale: L, theme: effectiveTheme(), id: 'claim-chart', title: t().chart, ...(c.unit === null ? {} : { unit: c.unit }) });
      const figure = el('figure', { class: 'chart' });
      figure.innerHTML = svg;
      body.append(figure);
    } catch {
      // a figure the chart cannot draw (a zero target): the facts above say why
    }
  }
}

// ---------------------------------------------------------------- files

let mammoth: Promise<Mammoth> | null = null;
function loadMammoth(): Promise<Mammoth> {
  const ready = (window as unknown as { mammoth?: Mammoth }).mammoth;
  if (ready !== undefined) return Promise.resolve(ready);
  mammoth ??= new Promise<Mammoth>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = DOCX_SCRIPT;
    script.onload = () => {
      const m = (window as unknown as { mammoth?: Mammoth }).mammoth;
      if (m === undefined) reject(new Error(`${DOCX_SCRIPT} did not define mammoth`));
      else resolve(m);
    };
    script.onerror = () => {
      mammoth = null;
      reject(new Error(`${DOCX_SCRIPT} could not be loaded`));
    };
    document.head.append(script);
  });
  return mammoth;
}

async function openFile(file: File): Promise<void> {
  const status = $('file-status');
  const name = file.name;
  status.textContent = t().fileLoading;
  status.dataset.state = 'loading';
  try {
    let text: string;
    if (/\.docx$/i.test(name)) {
      const m = await loadMammoth();
      text = (await m.extractRawText({ arrayBuffer: await file.arrayBuffer() })).value.replace(/\n{3,}/g, '\n\n').trim();
    } else if (/\.txt$/i.test(name) || file.type === 'text/plain') {
      text = await file.text();
    } else {
      throw new Error(t().fileUnsupported);
    }
    $<HTMLTextAreaElement>('text').value = text;
    state.selected = -1;
    check();
    status.textContent = t().fileRead(name);
    status.dataset.state = 'done';
  } catch (e) {
    status.textContent = t().fileError(name, message(e));
    status.dataset.state = 'error';
  }
}

// ---------------------------------------------------------------- one figure

function readNumber(id: string, label: string): string {
  const input = $<HTMLInputElement>(id);
  try {
    return parseNumber(input.value, { locale: state.lang });
  } catch (e) {
    input.setAttribute('aria-invalid', 'true');
    throw new FieldError(label, e);
  }
}

class FieldError extends Error {
  constructor(readonly label: string, readonly inner: unknown) {
    super(label);
  }
}

function renderFigure(): void {
  const form = $<HTMLSelectElement>('f-form').value;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-form]'))) node.hidden = !(node.dataset.form ?? '').split(' ').includes(form);
  const error = $('figure-error');
  const out = $('figure-result');
  const sentence = $('figure-sentence');
  const chart = $('figure-chart');
  for (const input of Array.from(document.querySelectorAll<HTMLElement>('#figure-form [aria-invalid]'))) input.removeAttribute('aria-invalid');
  try {
    const achieved = readNumber('f-achieved', t().achieved);
    let target: TargetInput;
    if (form === 'range') target = { min: readNumber('f-min', t().min), max: readNumber('f-max', t().max) };
    else if (form === 'at-least') target = { atLeast: readNumber('f-target', t().target) };
    else if (form === 'at-most') target = { atMost: readNumber('f-target', t().target) };
    else target = readNumber('f-target', t().target);
    const decimalsText = $<HTMLInputElement>('f-decimals').value.trim();
    const r = attainment(
      { achieved, target, kind: $<HTMLSelectElement>('f-kind').value as IndicatorKind },
      { decimals: decimalsText === '' ? 2 : Number(decimalsText), rounding: $<HTMLSelectElement>('f-mode').value as RoundingMode },
    );
    const unit = $<HTMLInputElement>('f-unit').value.trim();
    const withUnit = unit === '' ? {} : { unit };
    const L = state.lang;
    error.hidden = true;
    error.textContent = '';
    sentence.textContent = describeAttainment(r, { locale: L, ...withUnit });
    out.replaceChildren();
    row(out, t().status, el('span', { 'data-status': r.status }, STATUSES[r.status]?.[L] ?? r.status));
    if (r.percent !== null) row(out, t().percent, `${loc(r.percent)}%`);
    if (r.overPercent !== null) row(out, t().overPercent, `${loc(r.overPercent)}%`);
    if (r.overPoints !== null) row(out, t().overPoints, loc(r.overPoints));
    row(out, t().shortfall, loc(r.shortfall));
    row(out, t().surplus, loc(r.surplus));
    if (r.exact.percent !== null) row(out, t().exactPercent, r.exact.percent);
    row(out, t().reason, explainAttainment(r, { locale: L }));
    chart.innerHTML = bulletChart(r, { locale: L, theme: effectiveTheme(), id: 'figure-chart-svg', ...withUnit });
    out.dataset.percent = r.percent ?? '';
  } catch (e) {
    const why = e instanceof FieldError ? `${e.label}: ${message(e.inner)}` : message(e);
    error.textContent = why;
    error.hidden = false;
    sentence.textContent = '';
    out.replaceChildren();
    delete out.dataset.percent;
    chart.replaceChildren();
  }
}

// ---------------------------------------------------------------- tabs and wiring

function showTab(which: 'report' | 'figure', focus = false): void {
  for (const name of ['report', 'figure'] as const) {
    const tab = $(`tab-${name}`);
    const on = name === which;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${name}`).hidden = !on;
    if (on && focus) tab.focus();
  }
}

function rerender(): void {
  applyStatic();
  check();
  renderFigure();
}

function start(): void {
  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en' || location.hash === '#en') state.lang = 'en';
  applyStatic();

  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    rerender();
  });
  $('theme').addEventListener('click', () => {
    state.theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    applyTheme();
    renderDetail();
    renderFigure();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    applyTheme();
    renderDetail();
    renderFigure();
  });

  const area = $('text');
  area.addEventListener('input', onText);
  // A file dropped on the text area is opened as if chosen with the button.
  area.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  area.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (file === undefined) return;
    e.preventDefault();
    void openFile(file);
  });
  $('rounding').addEventListener('change', check);
  $<HTMLInputElement>('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file !== undefined) void openFile(file);
  });
  const marked = $('marked');
  const pick = (target: EventTarget | null) => {
    const mark = (target as HTMLElement | null)?.closest?.('mark');
    if (mark instanceof HTMLElement && mark.dataset.claim !== undefined) select(Number(mark.dataset.claim));
  };
  marked.addEventListener('click', (e) => pick(e.target));
  marked.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(e.target);
    }
  });
  $('detail-body').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest('button[data-select]');
    if (b instanceof HTMLElement) {
      select(Number(b.dataset.select));
      document.querySelector<HTMLElement>(`#marked mark[data-claim="${b.dataset.select}"]`)?.focus();
    }
  });

  const tabs = ['report', 'figure'] as const;
  for (const name of tabs) {
    const tab = $(`tab-${name}`);
    tab.addEventListener('click', () => showTab(name));
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') showTab(name === 'report' ? 'figure' : 'report', true);
    });
  }

  const figure = $('figure-form');
  figure.addEventListener('input', renderFigure);
  figure.addEventListener('change', renderFigure);
  figure.addEventListener('submit', (e) => e.preventDefault());

  check();
  renderFigure();
  document.body.dataset.ready = 'yes';
}

start();
