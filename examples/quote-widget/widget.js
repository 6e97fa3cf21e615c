// The partner quote widget: reads the form, asks HostPolicy for a quote and renders its breakdown.
// Every error is the library's own message, shown next to the field it names.
/* global HostPolicy */
(() => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: a classic <script>, not a module: the directive makes the widget strict
  'use strict';
  const form = document.getElementById('quote-form');
  const body = document.querySelector('#breakdown tbody');
  const fields = ['product', 'quantity', 'currency', 'discount'];
  const byId = (id) => document.getElementById(id);

  for (const id of HostPolicy.defaultCatalog.products ? Object.keys(HostPolicy.defaultCatalog.products) : []) {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = HostPolicy.defaultCatalog.products[id].name;
    byId('product').append(option);
  }

  /** The form field an error belongs to, from the path of its first issue or its rule. */
  function fieldOf(error) {
    if (error.code === 'RATE_ABOVE_CAP') return 'discount';
    const path = error.issues?.[0]?.path || [];
    if (path[0] === 'partnerDiscount') return 'discount';
    if (path[0] === 'lines') return path[2] === 'product' ? 'product' : 'quantity';
    if (path[0] === 'currency') return 'currency';
    return undefined;
  }

  function readRequest() {
    const quantityText = byId('quantity').value.trim();
    const discountText = byId('discount').value.trim();
    return {
      currency: byId('currency').value,
      // An empty or non-numeric box is passed on as such, so the library names the problem.
      lines: [{ product: byId('product').value, quantity: quantityText === '' ? undefined : Number(quantityText) }],
      ...(discountText === '' ? {} : { partnerDiscount: `${discountText}%` }),
      vat: byId('vat').value === 'included' ? {} : false,
    };
  }

  function render() {
    for (const id of fields) byId(`${id}-error`).textContent = '';
    byId('quote-error').textContent = '';
    const locale = byId('locale').value;
    document.documentElement.lang = locale;
    try {
      const rows = HostPolicy.describeQuote(HostPolicy.quote(readRequest()), locale);
      body.replaceChildren(...rows.map(toRow));
    } catch (error) {
      body.replaceChildren();
      const message = HostPolicy.isHostPolicyError(error) ? error.message : String(error);
      const field = HostPolicy.isHostPolicyError(error) ? fieldOf(error) : undefined;
      byId(field ? `${field}-error` : 'quote-error').textContent = message;
    }
  }

  function toRow(row) {
    const tr = document.createElement('tr');
    tr.className =
      row.kind === 'line' ? 'line' : row.line === undefined ? (row.kind.startsWith('total') ? 'total' : 'sum') : row.after ? 'step' : 'sub';
    tr.dataset.kind = row.kind;
    for (const [cls, text] of [
      ['label', row.label],
      ['value', row.value],
      ['after', row.after || ''],
    ]) {
      const td = document.createElement('td');
      td.className = cls;
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }

  form.addEventListener('input', render);
  form.addEventListener('change', render);
  render();
})();
