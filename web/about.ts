// The "About this scenario" panel, like NetLogo's Info tab: the scenario file's own
// `teaching` text (what it is, how it works, things to notice, things to try) and, last,
// its description (data and sources). Text only: nothing from a file becomes markup.
import type { Scenario } from '../src/scenario/index.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function list(title: string, items: string[] | undefined, id: string): HTMLElement[] {
  if (!items?.length) return [];
  const ul = el('ul');
  ul.id = id;
  ul.append(...items.map((i) => el('li', i)));
  return [el('h3', title), ul];
}

export function fillAbout(title: HTMLElement, body: HTMLElement, scenario: Scenario): void {
  title.textContent = `About this scenario: ${scenario.name}`;
  const t = scenario.teaching;
  const parts: HTMLElement[] = [];
  if (t?.what) parts.push(el('h3', 'What it is'), el('p', t.what));
  if (t?.how) parts.push(el('h3', 'How it works'), el('p', t.how));
  parts.push(...list('Things to notice', t?.notice, 'about-notice'), ...list('Things to try', t?.try, 'about-try'));
  if (!t) {
    parts.push(el('p', 'This scenario file has no "teaching" text. Write one in the file as '
      + '"teaching": {"what": "…", "how": "…", "notice": ["…"], "try": ["…"]} and it appears here (docs/scenarios.md).', 'hint'));
  }
  if (scenario.description) parts.push(el('h3', 'Data and sources'), el('p', scenario.description, 'source'));
  body.replaceChildren(...parts);
}
