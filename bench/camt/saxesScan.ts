/**
 * The general-parser baseline of the camt benchmark: saxes 6 (the streaming XML parser a user would
 * reach for), fed the chunks of the same read stream decoded by a streaming TextDecoder, collecting
 * the same three fields per TxDtls as the floor (TxDtls/Amt, TxDtls/Refs/AcctSvcrRef,
 * CdtrRefInf/Ref) with the element path tracked by its opentag / closetag / text handlers. Position
 * tracking is off (a careful user's first option; it costs saxes time and this use needs none).
 */
import { SaxesParser } from 'saxes';
import type { ScanResult } from './floor.js';
import { centsOf } from './readCamtScan.js';

/** Which wanted field the open element is. */
const Field = { None: 0, Amount: 1, Id: 2, Reference: 3 } as const;

export async function scanWithSaxes(source: AsyncIterable<Uint8Array>): Promise<ScanResult> {
  const parser = new SaxesParser({ position: false });
  const path: string[] = [];
  let count = 0;
  let cents = 0;
  let references = 0;
  let chars = 0;
  let field: (typeof Field)[keyof typeof Field] = Field.None;
  let text = '';
  let txDepth = -1; // depth of the open TxDtls, -1 outside one
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const parent = path[path.length - 1];
    path.push(name);
    if (name === 'TxDtls') txDepth = path.length;
    else if (txDepth < 0) return;
    else if (name === 'Amt' && path.length === txDepth + 1) field = Field.Amount;
    else if (name === 'AcctSvcrRef' && parent === 'Refs' && path.length === txDepth + 2) field = Field.Id;
    else if (name === 'Ref' && parent === 'CdtrRefInf') field = Field.Reference;
    text = '';
  });
  parser.on('text', (t) => {
    if (field !== Field.None) text += t;
  });
  parser.on('closetag', () => {
    if (field === Field.Amount) cents += centsOf(text);
    else if (field === Field.Id) chars += text.length;
    else if (field === Field.Reference) {
      chars += text.length;
      references += 1;
    }
    field = Field.None;
    if (path.length === txDepth) {
      count += 1;
      txDepth = -1;
    }
    path.pop();
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure !== undefined) throw failure;
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure !== undefined) throw failure;
  return { count, cents, references, chars };
}
