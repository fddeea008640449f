package fr.ouvert.account.web;

/** What the session keeps of a signed-in person: only the account id; everything else is read fresh. */
interface AccountPrincipal {

	long accountId();
}
