// Finds the first JSON syntax error and its offset. JSON.parse's messages differ between
// engines and often lack a position (V8: `Unexpected token 'N', "..." is not valid JSON`),
// so this small scanner gives every runtime the same precise message.

export interface SyntaxProblem {
  offset: number;
  message: string;
}

class Fail extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new Fail(this.i, this.i >= this.text.length ? 'unexpected end of file' : message);
  }

  ws(): void {
    while (/[ \t\n\r]/.test(this.text[this.i] ?? '')) this.i++;
  }

  value(): void {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (c === '/') this.fail('comments are not allowed in JSON');
    else this.literal();
    this.ws();
  }

  literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    // Only a short piece of the token: a huge file must not make a huge message.
    const token = /^[\w.+-]{1,30}/.exec(this.text.slice(this.i, this.i + 30))?.[0] ?? this.text[this.i];
    this.fail(`unexpected ${JSON.stringify(token)} (expected a value: a number, a "string", true, false, null, [ or {)`);
  }

  number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m || m[0] === '-') this.fail('invalid number');
    this.i += m[0].length;
    if (/[\w.]/.test(this.text[this.i] ?? '')) this.fail('invalid number');
  }

  string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail('unterminated string');
      if (c === '"') break;
      if (c < ' ') this.fail('line break or control character inside a string');
      if (c === '\\') {
        const e = this.text[this.i + 1] ?? '';
        const ok = '"\\/bfnrt'.includes(e) || /^u[0-9a-fA-F]{4}/.test(this.text.slice(this.i + 1));
        if (!e || !ok) this.fail('invalid escape in string');
        this.i += e === 'u' ? 5 : 1;
      }
      this.i++;
    }
    this.i++;
  }

  expect(char: string, message: string): void {
    this.ws();
    if (this.text[this.i] !== char) this.fail(message);
    this.i++;
  }

  /** Items separated by commas up to `close`; a comma before `close` is a trailing comma. */
  list(close: string, item: () => void, what: string): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === close) return void this.i++;
    for (;;) {
      item();
      this.ws();
      if (this.text[this.i] === close) return void this.i++;
      if (this.text[this.i] !== ',') this.fail(`expected ',' or '${close}' after ${what}`);
      this.i++;
      this.ws();
      if (this.text[this.i] === close) this.fail(`trailing comma before '${close}'`);
    }
  }

  object(): void {
    this.list('}', () => this.member(), 'a value');
  }

  member(): void {
    this.ws();
    if (this.text[this.i] !== '"') this.fail('expected a key in double quotes');
    this.string();
    this.expect(':', "expected ':' after the key");
    this.value();
  }

  array(): void {
    this.list(']', () => this.value(), 'an item');
  }
}

/** The first syntax error in `text`, or undefined if it is valid JSON. */
export function findJsonSyntaxError(text: string): SyntaxProblem | undefined {
  const s = new Scanner(text);
  try {
    s.value();
    if (s.i < text.length) s.fail('unexpected text after the end of the JSON value');
    return undefined;
  } catch (err) {
    if (err instanceof Fail) return { offset: err.offset, message: err.message };
    throw err;
  }
}
