/**
 * Accounts and organisations: sign-up with e-mail confirmation, sign-in with a password or an
 * OpenID Connect provider (FranceConnect, ProConnect), roles, the first administrator, and the
 * security configuration of every route. Other modules use {@link fr.ouvert.account.Organisations}
 * and the kernel's {@link fr.ouvert.kernel.security.CurrentUserSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package fr.ouvert.account;
