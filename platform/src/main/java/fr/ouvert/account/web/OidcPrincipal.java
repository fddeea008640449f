package fr.ouvert.account.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through an OpenID Connect provider, linked to their account. */
final class OidcPrincipal extends DefaultOidcUser implements AccountPrincipal {

	private final long accountId;

	OidcPrincipal(long accountId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo, "sub");
		this.accountId = accountId;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String getName() {
		return "account:" + accountId;
	}
}
