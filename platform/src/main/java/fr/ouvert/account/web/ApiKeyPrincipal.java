package fr.ouvert.account.web;

/** A program acting for an account with its API key: only the account id, like the other principals. */
record ApiKeyPrincipal(long accountId) implements AccountPrincipal {
}
