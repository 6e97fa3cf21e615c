import type { Organization } from '../accounts/organization.js';
import type { CreditCause, InvoiceInput, PaymentInput, PrepaidLedgerJSON } from '../billing/index.js';
import type { ClientAccess, PartnershipEnded, PaymentModeChanged, RequestForProposal } from '../partners/index.js';
import type { Subscription } from '../subscriptions/index.js';
import type { Clock } from './clock.js';
import type { InvoiceRepository } from './invoices.js';
import type { Repository } from './repository.js';

export type { InvoiceRepository };

/*
 * The stored entities. Each wraps a domain value with the id and owner the repository indexes
 * by, so that the domain types stay free of storage concerns. Values are JSON-friendly (Money
 * and Date serialize through their toJSON) so a database adapter can store them as documents.
 */

/** A requested cancellation of a support subscription (COM-02): when asked, when it takes effect. */
export interface StoredCancellation {
  readonly requestedAt: string;
  readonly effectiveAt: string;
}

/** A support subscription of a customer (`owner`: the customer or organization). */
export interface StoredSubscription<S = Subscription> {
  readonly id: string;
  readonly owner: string;
  readonly subscription: S;
  /** Set once a cancellation was requested; `null` while none was. */
  readonly cancellation: StoredCancellation | null;
}

/** An invoice (`owner`: the customer). */
export interface StoredInvoice<I = InvoiceInput> {
  readonly id: string;
  readonly owner: string;
  readonly invoice: I;
}

/**
 * What became of an imported payment, once applied: `settled` an invoice; `credited` to a prepaid
 * account with the cause; `unidentified` (kept, BIL-04); `already-reconciled` when the stored
 * invoices or ledgers already showed it applied before any import stored it.
 */
export type AppliedOutcome =
  | { readonly kind: 'settled'; readonly invoice: string; readonly customer: string }
  | { readonly kind: 'credited'; readonly customer: string; readonly cause: CreditCause }
  | { readonly kind: 'unidentified' }
  | { readonly kind: 'already-reconciled' };

/**
 * What became of an imported payment: `pending` while an import applies it, else its
 * {@link AppliedOutcome}. A pending record carries the outcome planned for it (`planned`, the
 * intent log) before anything is written elsewhere, so an import interrupted at any point is
 * completed by the next one exactly as planned; a record without `planned` (from an earlier
 * version of the library) is planned again.
 */
export type PaymentOutcome = { readonly kind: 'pending'; readonly planned?: AppliedOutcome } | AppliedOutcome;

/** An imported payment and what became of it (`id`: the bank's payment id; `owner`: the customer, or `'unidentified'`). */
export interface StoredPayment<P = PaymentInput, O = PaymentOutcome> {
  readonly id: string;
  readonly owner: string;
  readonly payment: P;
  readonly outcome: O;
}

/** A customer's prepaid ledger (`id` and `owner`: the customer). */
export interface StoredPrepaidLedger<L = PrepaidLedgerJSON> {
  readonly id: string;
  readonly owner: string;
  readonly ledger: L;
}

/** The partner access state of a client (`id`: the client; `owner`: the client and its partners). */
export interface StoredClientAccess<A = ClientAccess> {
  readonly id: string;
  readonly owner: readonly string[];
  readonly access: A;
  /**
   * The events the services yielded that the caller must act on (e-mails), kept so that the same
   * request, retried after its answer was lost, returns the same event (DESIGN principle 11).
   * Left out: none kept (a record written by an earlier version, or by your own code).
   */
  readonly events?: ClientAccessEvents;
}

/** The events kept with a client's access state, instants as ISO strings (see {@link StoredClientAccess}). */
export interface ClientAccessEvents {
  /** The last payment-mode change (PAR-08). */
  readonly paymentModeChanged?: Omit<PaymentModeChanged, 'at'> & { readonly at: string };
  /** The last end of each partnership whose partner has had no access since (PAR-16), one per partner. */
  readonly partnershipsEnded?: readonly (Omit<PartnershipEnded, 'at'> & { readonly at: string })[];
}

/** An organization (`owner`: every member, so a user's organizations are listed by user, ACC-03). */
export interface StoredOrganization {
  readonly id: string;
  readonly owner: readonly string[];
  readonly organization: Organization;
}

/** A request for proposal (`owner`: the requester). */
export interface StoredRfp<R = RequestForProposal> {
  readonly id: string;
  readonly owner: string;
  readonly rfp: R;
}

/** Port: support subscriptions. */
export type SubscriptionRepository<S = Subscription> = Repository<StoredSubscription<S>>;
/** Port: imported payments. */
export type PaymentRepository<P = PaymentInput, O = PaymentOutcome> = Repository<StoredPayment<P, O>>;
/** Port: prepaid ledgers. */
export type PrepaidLedgerRepository<L = PrepaidLedgerJSON> = Repository<StoredPrepaidLedger<L>>;
/** Port: client access (partnerships). */
export type ClientAccessRepository<A = ClientAccess> = Repository<StoredClientAccess<A>>;
/** Port: organizations. */
export type OrganizationRepository = Repository<StoredOrganization>;
/** Port: requests for proposal. */
export type RfpRepository<R = RequestForProposal> = Repository<StoredRfp<R>>;

/** Every port an application service may need. Services take the `Pick` they use. */
export interface Ports {
  readonly clock: Clock;
  readonly subscriptions: SubscriptionRepository;
  readonly invoices: InvoiceRepository;
  readonly payments: PaymentRepository;
  readonly prepaidLedgers: PrepaidLedgerRepository;
  readonly clientAccess: ClientAccessRepository;
  readonly organizations: OrganizationRepository;
  readonly rfps: RfpRepository;
  /**
   * Optional: runs `work` in one transaction of the store, with ports whose writes commit
   * together when `work` resolves, and not at all when it rejects (the error is thrown on). A
   * transaction the store aborted to stay serialisable rejects with `VERSION_CONFLICT`: nothing of
   * it was written; read again and retry. Adapters over a database with transactions have it
   * (the postgres adapter, given a pool); services use it where present (`importBankStatement`
   * commits each round's effects and outcomes together) and are exactly once without it too.
   */
  readonly transaction?: <T>(work: (ports: Ports) => Promise<T>) => Promise<T>;
}
