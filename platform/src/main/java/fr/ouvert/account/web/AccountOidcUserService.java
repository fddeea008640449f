package fr.ouvert.account.web;

import java.util.HashMap;
import java.util.Map;

import fr.ouvert.account.internal.AccountStore;
import fr.ouvert.account.internal.OidcAccounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Signs in through an OpenID Connect provider and attaches the session to the matching account. */
class AccountOidcUserService extends OidcUserService {

	private final OidcAccounts oidcAccounts;
	private final AccountStore accounts;

	AccountOidcUserService(OidcAccounts oidcAccounts, AccountStore accounts, UserInfoClient userInfo) {
		this.oidcAccounts = oidcAccounts;
		this.accounts = accounts;
		setOauth2UserService(userInfo);
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		Map<String, Object> claims = new HashMap<>(user.getIdToken().getClaims());
		if (user.getUserInfo() != null) {
			claims.putAll(user.getUserInfo().getClaims());
		}
		try {
			long id = oidcAccounts.signIn(request.getClientRegistration().getRegistrationId(), user.getSubject(), claims);
			return new OidcPrincipal(id, AccountUserDetailsService.authorities(accounts.find(id).orElseThrow()),
					user.getIdToken(), user.getUserInfo());
		}
		catch (OidcAccounts.RefusedSignIn e) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_refused", e.getMessage(), null), e);
		}
	}
}
