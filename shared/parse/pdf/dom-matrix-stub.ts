/**
 * pdf.js builds a DOMMatrix when its module loads. Under plain Node it borrows one from
 * @napi-rs/canvas; in a bundle (Lambda) that native package is absent and the load fails with
 * "DOMMatrix is not defined". Text extraction never renders, so an inert stand-in is enough.
 * Imported for its side effect, before pdf.js.
 */
if (typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix === 'undefined') {
  class DOMMatrixStub {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: readonly number[]) {
      if (Array.isArray(init) && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init;
    }
  }
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix = DOMMatrixStub;
}

export {};
