import { HostPolicyError } from '../errors.js';

/** The codes a camt document as a whole can fail with. @internal */
export type CamtErrorCode = 'CAMT_NOT_XML' | 'CAMT_UNSUPPORTED_MESSAGE' | 'CAMT_TRUNCATED' | 'CAMT_LIMIT_EXCEEDED';

/** Where in the document a failure was found: the element path so far and the byte offset. */
export interface CamtPlace {
  readonly path: string;
  readonly offset: number;
}

/**
 * A whole-document failure, e.g. "camt: not well-formed XML at byte 1,204 (Ntfctn[1]/Ntry[3]):
 * closing tag </Amt> where </Sts> was open". @internal
 */
export function camtError(code: CamtErrorCode, problem: string, place: CamtPlace): HostPolicyError {
  const where = [`byte ${place.offset.toLocaleString('en-US')}`, ...(place.path === '' ? [] : [place.path])].join(', ');
  const what = {
    CAMT_NOT_XML: 'not well-formed XML',
    CAMT_UNSUPPORTED_MESSAGE: 'not a supported camt message',
    CAMT_TRUNCATED: 'the document ends too early',
    CAMT_LIMIT_EXCEEDED: 'over a size limit',
  }[code];
  return new HostPolicyError(code, `camt: ${what} (${where}): ${problem}`, {
    rule: 'CMT-01',
    details: { path: place.path, offset: place.offset },
  });
}
