package fr.ouvert.account.web;

import java.util.List;

import fr.ouvert.account.internal.Account;
import fr.ouvert.account.internal.AccountStore;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts by e-mail for the password sign-in. Accounts made through a provider have no password. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountStore accounts;

	AccountUserDetailsService(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmail(email)
			.filter(a -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No password account for this e-mail"));
		return new PasswordPrincipal(account.id(), account.email(), account.passwordHash(), account.enabled(),
				account.confirmed(), authorities(account));
	}

	static List<GrantedAuthority> authorities(Account account) {
		return account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
	}
}
