package fr.ouvert.account.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the user-info endpoint of an OpenID Connect provider, as JSON or — as FranceConnect and
 * ProConnect send it — as a JWT signed with the provider's keys ({@code application/jwt}), whose
 * signature is checked against the provider's JWK set before any claim is used.
 */
class UserInfoClient implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private static final MediaType JWT = MediaType.parseMediaType("application/jwt");
	/** The signatures the State's identity providers use (ProConnect: RS256; FranceConnect: ES256 or RS256). */
	private static final List<SignatureAlgorithm> SIGNATURES = List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256,
			SignatureAlgorithm.PS256);

	private final RestClient http = RestClient.create();
	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
	private final ObjectMapper json;

	UserInfoClient(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		ClientRegistration registration = request.getClientRegistration();
		ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
		try {
			ResponseEntity<String> response = http.get()
				.uri(provider.getUserInfoEndpoint().getUri())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + request.getAccessToken().getTokenValue())
				.accept(MediaType.APPLICATION_JSON, JWT)
				.retrieve()
				.toEntity(String.class);
			MediaType type = response.getHeaders().getContentType();
			String body = response.getBody() == null ? "" : response.getBody().strip();
			Map<String, Object> claims = type != null && type.isCompatibleWith(JWT)
					? decoder(registration).decode(body).getClaims()
					: json.readValue(body, new TypeReference<Map<String, Object>>() {
					});
			return new DefaultOAuth2User(AuthorityUtils.NO_AUTHORITIES, claims, "sub");
		}
		catch (RestClientException | JwtException | JacksonException e) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response",
					"Unreadable user info from " + registration.getRegistrationId() + ": " + e.getMessage(), null), e);
		}
	}

	private JwtDecoder decoder(ClientRegistration registration) {
		return decoders.computeIfAbsent(registration.getRegistrationId(),
				id -> NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
					.jwsAlgorithms(algorithms -> algorithms.addAll(SIGNATURES))
					.build());
	}
}
