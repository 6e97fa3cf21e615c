/**
 * The rule IDs of the rule catalogue (docs/rules.md), one family per line. A test checks that this
 * union and the catalogue list the same IDs, so a rule added to one and not the other fails.
 *
 * @module
 */

/**
 * A rule ID from the rule catalogue (docs/rules.md), e.g. `'PRC-04'`: the families MON (money),
 * PRC (pricing), SUP (support), SLA (the SLA clock), COM (commitment), PAR (partners), RFP
 * (requests for proposal), BIL (billing), ACC (accounts) and QRB (the QR-bill).
 */
export type RuleId =
  | 'MON-01' | 'MON-02' | 'MON-03' | 'MON-04'
  | 'PRC-01' | 'PRC-02' | 'PRC-03' | 'PRC-04' | 'PRC-05' | 'PRC-06' | 'PRC-07'
  | 'SUP-01' | 'SUP-02' | 'SUP-03' | 'SUP-04' | 'SUP-05' | 'SUP-06' | 'SUP-07' | 'SUP-08' | 'SUP-09'
  | 'SLA-01' | 'SLA-02' | 'SLA-03' | 'SLA-04' | 'SLA-05' | 'SLA-06' | 'SLA-07'
  | 'COM-01' | 'COM-02' | 'COM-03' | 'COM-04' | 'COM-05'
  | 'PAR-01' | 'PAR-02' | 'PAR-03' | 'PAR-04' | 'PAR-05' | 'PAR-06' | 'PAR-07' | 'PAR-08'
  | 'PAR-09' | 'PAR-10' | 'PAR-11' | 'PAR-12' | 'PAR-13' | 'PAR-14' | 'PAR-15' | 'PAR-16'
  | 'RFP-01' | 'RFP-02' | 'RFP-03' | 'RFP-04'
  | 'BIL-01' | 'BIL-02' | 'BIL-03' | 'BIL-04' | 'BIL-05' | 'BIL-06' | 'BIL-07'
  | 'BIL-08' | 'BIL-09' | 'BIL-10' | 'BIL-11' | 'BIL-12' | 'BIL-13'
  | 'ACC-01' | 'ACC-02' | 'ACC-03' | 'ACC-04' | 'ACC-05' | 'ACC-06' | 'ACC-07' | 'ACC-08' | 'ACC-09' | 'ACC-10'
  | 'QRB-01' | 'QRB-02' | 'QRB-03' | 'QRB-04' | 'QRB-05' | 'QRB-06' | 'QRB-07' | 'QRB-08' | 'QRB-09';
