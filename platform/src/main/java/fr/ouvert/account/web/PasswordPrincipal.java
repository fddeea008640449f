package fr.ouvert.account.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in with e-mail and password. An unconfirmed address shows as a locked account,
 * so that the sign-in page can tell "confirm your address first" apart from "account disabled".
 */
final class PasswordPrincipal implements UserDetails, CredentialsContainer, AccountPrincipal {

	private final long accountId;
	private final String username;
	private String password;
	private final boolean enabled;
	private final boolean confirmed;
	private final List<GrantedAuthority> authorities;

	PasswordPrincipal(long accountId, String username, String password, boolean enabled, boolean confirmed,
			List<GrantedAuthority> authorities) {
		this.accountId = accountId;
		this.username = username;
		this.password = password;
		this.enabled = enabled;
		this.confirmed = confirmed;
		this.authorities = List.copyOf(authorities);
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return confirmed;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}
}
