// The lever controls: a slider or a select per lever, set to the value in force. A change
// (on release, not on every drag tick) becomes one `set` move.
import { getPath, type Scenario, type SetValue } from '../src/scenario/index.ts';
import { LEVERS, type Lever } from './levers.ts';

export type OnMove = (key: string, value: SetValue) => void;

function control(lever: Lever, value: unknown, onMove: OnMove): HTMLElement {
  const box = document.createElement('div');
  box.className = 'lever';
  const id = `lever-${lever.key.replace(/\W/g, '-')}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  const name = document.createElement('span');
  name.textContent = lever.label;
  const shown = document.createElement('output');
  shown.textContent = String(value);
  label.append(name, shown);
  let input: HTMLInputElement | HTMLSelectElement;
  if (lever.kind === 'slider') {
    const range = document.createElement('input');
    Object.assign(range, { type: 'range', min: String(lever.min), max: String(lever.max), step: String(lever.step) });
    range.value = String(value);
    range.addEventListener('input', () => (shown.textContent = range.value));
    range.addEventListener('change', () => onMove(lever.key, Number(range.value)));
    input = range;
  } else {
    const select = document.createElement('select');
    for (const option of lever.options) select.add(new Option(option, option));
    select.value = String(value);
    select.addEventListener('change', () => {
      shown.textContent = select.value;
      onMove(lever.key, select.value);
    });
    input = select;
  }
  input.id = id;
  input.dataset.key = lever.key;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = lever.hint;
  box.append(label, input, hint);
  return box;
}

/** Rebuilds the lever list with the scenario's starting values. */
export function showLevers(list: HTMLElement, scenario: Scenario, onMove: OnMove): void {
  list.replaceChildren(...LEVERS.map((l) => control(l, getPath(scenario, l.key), onMove)));
}

export function leverLabel(key: string): string {
  return LEVERS.find((l) => l.key === key)?.label ?? key;
}
