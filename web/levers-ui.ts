// The lever controls: a slider or a select per lever, showing the value in force in the
// year shown (the scenario's own schedule moves them too, e.g. a ramp). A change (on release,
// not on every drag tick) becomes one `set` move; until it acts, next year, the control
// shows the value chosen, marked "from next year".
import { getPath, type Scenario, type SetValue } from '../src/scenario/index.ts';
import { leversFor, LEVERS, type Lever } from './levers.ts';

export type OnMove = (key: string, value: SetValue) => void;

const shownValue = (v: unknown): string => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v));

interface Control {
  lever: Lever;
  input: HTMLInputElement | HTMLSelectElement;
  shown: HTMLOutputElement;
  /** True while the user drags the slider: updates do not pull it away from the hand. */
  held: boolean;
}

function control(lever: Lever, value: unknown, onMove: OnMove): { box: HTMLElement; control: Control } {
  const box = document.createElement('div');
  box.className = 'lever';
  const id = `lever-${lever.key.replace(/\W/g, '-')}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.title = lever.hint;
  const name = document.createElement('span');
  name.textContent = lever.label;
  const shown = document.createElement('output');
  shown.textContent = shownValue(value);
  label.append(name, shown);
  let input: HTMLInputElement | HTMLSelectElement;
  const c = { lever, shown, held: false } as Control;
  if (lever.kind === 'slider') {
    const range = document.createElement('input');
    Object.assign(range, { type: 'range', min: String(lever.min), max: String(lever.max), step: String(lever.step) });
    range.value = String(value);
    range.addEventListener('input', () => {
      c.held = true;
      shown.textContent = range.value;
    });
    range.addEventListener('change', () => {
      c.held = false;
      onMove(lever.key, Number(range.value));
    });
    input = range;
  } else {
    // The select shows the value itself.
    shown.hidden = true;
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
  input.title = lever.hint;
  c.input = input;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = lever.hint;
  box.append(label, input, hint);
  return { box, control: c };
}

let controls: Control[] = [];

/** Rebuilds the lever list with the scenario's starting values. */
export function showLevers(list: HTMLElement, scenario: Scenario, onMove: OnMove): void {
  const made = leversFor(scenario).map((l) => control(l, getPath(scenario, l.key), onMove));
  controls = made.map((m) => m.control);
  list.replaceChildren(...made.map((m) => m.box));
}

/**
 * Sets every control to the value in force (`inForce`, from the engine) or, where a move
 * waits for next year, to the value moved to (`pending`), marked as such.
 */
export function updateLevers(inForce: Record<string, SetValue>, pending: Map<string, SetValue>): void {
  for (const c of controls) {
    if (c.held || document.activeElement === c.input && c.input instanceof HTMLSelectElement) continue;
    const waiting = pending.has(c.lever.key);
    const value = waiting ? pending.get(c.lever.key) : inForce[c.lever.key];
    if (value === undefined) continue;
    c.input.value = String(value);
    c.shown.textContent = shownValue(value) + (waiting ? ' (from next year)' : '');
    c.input.dataset.inForce = String(inForce[c.lever.key]);
  }
}

/** Keys of every lever, for the engine to report their values in force. */
export const LEVER_KEYS = LEVERS.map((l) => l.key);

export function leverLabel(key: string): string {
  return LEVERS.find((l) => l.key === key)?.label ?? key;
}
