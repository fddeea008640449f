package fr.ouvert.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route × every role → allowed, sent to sign-in, or 403. A route added without a line here
 * fails {@link #everyRouteIsInTheMatrix()}. "Allowed" means authorisation let the request through:
 * the answer may still be a validation error (400, 422) or a 404 for a missing token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMatrixTest extends PlatformTest {

	enum Role {
		ANONYMOUS, CITIZEN, AGENT_COUR_DES_COMPTES, AGENT_HATVP, MODERATOR, ADMIN
	}

	enum Outcome {
		ALLOWED, SIGN_IN, FORBIDDEN, UNAUTHORIZED
	}

	private record Route(String method, String pattern, Map<Role, Outcome> expected) {
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, Route> matrix = new LinkedHashMap<>();
	private final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);
	private final Map<String, String> samples = new LinkedHashMap<>();

	@BeforeAll
	void setUp() throws Exception {
		sessions.put(Role.CITIZEN, Sessions.signIn(mvc, Accounts.citizen(jdbc)));
		sessions.put(Role.AGENT_COUR_DES_COMPTES, Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes")));
		sessions.put(Role.AGENT_HATVP, Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp")));
		sessions.put(Role.MODERATOR, Sessions.signIn(mvc, Accounts.moderator(jdbc)));
		sessions.put(Role.ADMIN, Sessions.signIn(mvc, Accounts.admin(jdbc)));
		Accounts.Account target = Accounts.citizen(jdbc);
		long comment = jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, author_id, author_name, body)
				values ('plan-commitment', '19', ?, 'Matrice', 'Un commentaire pour la matrice') returning id""")
			.param(target.id()).query(Long.class).single();
		samples.put("{slug}", "plan-actions");
		samples.put("{number}", "19");
		samples.put("{userId}", Long.toString(target.id()));
		samples.put("{organisationId}", jdbc.sql("select id from account_organisation where slug = 'cndp'").query(String.class).single());
		samples.put("{commentId}", Long.toString(comment));
		samples.put("{actionId}", "19.1");
		samples.put("{institution}", "cour-des-comptes");

		Map<Role, Outcome> everyone = expect(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
		Map<Role, Outcome> signedIn = expect(Outcome.SIGN_IN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
		Map<Role, Outcome> moderators = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED);
		Map<Role, Outcome> admins = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED);
		Map<Role, Outcome> carriersOf19 = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

		// Site pages and reading: open to all.
		for (String page : List.of("/", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/cookies", "/donnees",
				"/donnees/{slug}", "/plan", "/plan/engagements/{number}", "/plan/actions/{id}", "/plan/institutions/{slug}",
				"/plan-du-site", "/connexion", "/inscription", "/inscription/envoyee", "/inscription/confirmation", "/mot-de-passe-oublie",
				"/mot-de-passe-oublie/nouveau", "/installation")) {
			route("GET", page, everyone);
		}
		// The API reads, and its documentation.
		for (String api : List.of("/api/1/opendata", "/api/1/opendata/{slug}", "/api/1/opendata/{slug}/rows",
				"/api/1/opendata/{slug}/export.csv", "/api/1/opendata/{slug}/export.json", "/api/1/opendata/{slug}/schema.json",
				"/api/1/plan/commitments", "/api/1/plan/commitments/{number}", "/api/1/plan/actions", "/api/1/plan/actions/{id}",
				"/api/1/plan/institutions", "/api/docs", "/api/docs.yaml", "/api/docs/swagger-config", "/api/docs/ui")) {
			route("GET", api, everyone);
		}
		// Forms that open or recover a session: anyone may post (rate limited).
		for (String form : List.of("/inscription", "/inscription/renvoi", "/mot-de-passe-oublie", "/mot-de-passe-oublie/nouveau",
				"/installation")) {
			route("POST", form, everyone);
		}
		route("GET", "/compte", signedIn);
		route("POST", "/commentaires", signedIn);
		route("POST", "/commentaires/{id}/signalement", signedIn);
		route("POST", "/plan/actions/{id}/statut", carriersOf19);
		route("GET", "/moderation", moderators);
		route("POST", "/moderation/commentaires/{id}/masquer", moderators);
		route("POST", "/moderation/commentaires/{id}/conserver", moderators);
		for (String page : List.of("/admin", "/admin/utilisateurs", "/admin/utilisateurs/{id}", "/admin/organisations",
				"/admin/organisations/{id}", "/admin/audit")) {
			route("GET", page, admins);
		}
		for (String form : List.of("/admin/utilisateurs/{id}", "/admin/organisations", "/admin/organisations/{id}",
				"/admin/audit/verification")) {
			route("POST", form, admins);
		}
		// The error pages answer any method, for everyone.
		for (String method : List.of("GET", "POST")) {
			route(method, "/error", everyone);
			route(method, "/error/json", everyone);
		}
		// Catalog, commitment 4: data requests (answered by the requested organisation) and the SPD calendar.
		samples.put("{dataRequestId}", jdbc.sql("""
				insert into catalog_data_request (title, description, organisation_id, organisation_name, requester_id, requester_kind)
				select 'Matrice', 'Une demande pour la matrice', id, name, ?, 'citizen' from account_organisation
				where slug = 'cour-des-comptes' returning id""").param(target.id()).query(String.class).single());
		samples.put("{calendarEntryId}", jdbc.sql("""
				insert into catalog_spd_calendar_entry (organisation_id, organisation_name, title, planned_date)
				select id, name, 'Matrice', date '2030-01-01' from account_organisation where slug = 'ministere-culture'
				returning id""").query(String.class).single());
		Map<Role, Outcome> answerersOfTheCour = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED);
		for (String page : List.of("/catalogue/demandes", "/catalogue/demandes/nouvelle", "/catalogue/demandes/{id}",
				"/catalogue/service-public-de-la-donnee", "/api/1/data-requests", "/api/1/data-requests/{id}", "/api/1/spd/calendar")) {
			route("GET", page, everyone);
		}
		route("POST", "/catalogue/demandes", signedIn);
		route("POST", "/catalogue/demandes/{id}/soutien", signedIn);
		route("POST", "/catalogue/demandes/{id}/reponse", answerersOfTheCour);
		// Procurement: the red flags and the open-data outputs, open to all.
		for (String page : List.of("/marches-publics/signaux", "/api/1/procurement/flags", "/api/1/procurement/flags/{code}",
				"/api/1/procurement/decp.json", "/api/1/procurement/decp.csv", "/api/1/procurement/ocds/releases.json",
				"/api/1/procurement/ocds/releases", "/api/1/procurement/ocds/records")) {
			route("GET", page, everyone);
		}
		route("POST", "/catalogue/service-public-de-la-donnee/calendrier", admins);
		route("GET", "/catalogue/service-public-de-la-donnee/calendrier/{id}", admins);
		route("POST", "/catalogue/service-public-de-la-donnee/calendrier/{id}", admins);
		// Catalog: reading is open; agents publish for their organisation, which alone edits its datasets.
		samples.put("{datasetSlug}", jdbc.sql("""
				insert into catalog_dataset (id, slug, title, organisation_id, organisation_name, created_at, last_modified, last_update)
				select gen_random_uuid(), 'matrice-' || substr(md5(random()::text), 1, 8), 'Matrice', id, name, now(), now(), now()
				from account_organisation where slug = 'cour-des-comptes' returning slug""").query(String.class).single());
		Map<Role, Outcome> publishers = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.ALLOWED);
		for (String page : List.of("/catalogue", "/catalogue/jeux/{slug}", "/catalogue/organisations/{slug}", "/catalogue/schemas",
				"/catalogue/schemas/**")) {
			route("GET", page, everyone);
		}
		route("GET", "/catalogue/jeux/nouveau", publishers);
		route("POST", "/catalogue/jeux/nouveau", publishers);
		for (String form : List.of("/catalogue/jeux/{slug}/modifier", "/catalogue/jeux/{slug}/ressources",
				"/catalogue/jeux/{slug}/ressources/{id}/supprimer", "/catalogue/jeux/{slug}/archiver")) {
			route("POST", form, answerersOfTheCour);
		}
		route("GET", "/catalogue/jeux/{slug}/modifier", answerersOfTheCour);
		// DCAT exports are open; an organisation's harvest sources are its agents' (the sample source answers nothing).
		for (String api : List.of("/api/1/site/catalog", "/api/1/site/catalog.{extension}", "/api/1/organizations/{organization}/catalog",
				"/api/1/organizations/{organization}/catalog.{extension}")) {
			route("GET", api, everyone);
		}
		samples.put("{harvestSourceId}", jdbc.sql("""
				insert into catalog_harvest_source (organisation_id, name, backend, url, created_at)
				select id, 'Matrice', 'dcat', 'http://127.0.0.1:9/catalogue', now() from account_organisation
				where slug = 'cour-des-comptes' returning id""").query(String.class).single());
		route("GET", "/catalogue/organisations/{slug}/moissonnage", answerersOfTheCour);
		route("POST", "/catalogue/organisations/{slug}/moissonnage", answerersOfTheCour);
		route("POST", "/catalogue/moissonnage/{id}/lancer", answerersOfTheCour);
		route("GET", "/catalogue/reutilisations/{slug}", everyone);
		// Only an organisation's administrators manage its members; no role of the matrix is one.
		Map<Role, Outcome> organisationAdministrators = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
		route("GET", "/compte/organisation", organisationAdministrators);
		for (String form : List.of("/compte/organisation/membres", "/compte/organisation/membres/{id}/role",
				"/compte/organisation/membres/{id}/retrait")) {
			route("POST", form, organisationAdministrators);
		}
		route("POST", "/catalogue/jeux/{slug}/reutilisations", signedIn);
		// The catalog's udata API: reading is open; writing needs a key or a session (API clients get 401,
		// not the sign-in page), then the catalog's own rules (an agent of the dataset's organisation).
		String organisation = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(String.class).single();
		String dataset = java.util.UUID.randomUUID().toString();
		String resource = java.util.UUID.randomUUID().toString();
		String reuse = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				insert into catalog_dataset (id, slug, title, organisation_id, organisation_name, created_at, last_modified, last_update)
				values (?::uuid, ?, 'Matrice', ?, 'Cour des comptes', now(), now(), now())""")
			.params(dataset, "matrice-" + dataset, Long.parseLong(organisation)).update();
		jdbc.sql("""
				insert into catalog_resource (id, dataset_id, position, title, filetype, url, created_at, last_modified)
				values (?::uuid, ?::uuid, 0, 'Lien', 'remote', 'https://example.org/matrice.csv', now(), now())""")
			.params(resource, dataset).update();
		jdbc.sql("""
				insert into catalog_reuse (id, slug, title, url, type, organisation_id, organisation_name, created_at, last_modified)
				values (?::uuid, ?, 'Matrice', 'https://example.org/', 'idea', ?, 'Cour des comptes', now(), now())""")
			.params(reuse, "matrice-" + reuse, Long.parseLong(organisation)).update();
		samples.put("{datasetId}", dataset);
		samples.put("{resourceId}", resource);
		samples.put("{reuseId}", reuse);
		Map<Role, Outcome> signedInApi = expect(Outcome.UNAUTHORIZED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
		Map<Role, Outcome> courAgentsAndAdmins = expect(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED);
		for (String api : List.of("/api/1/datasets", "/api/1/datasets/{idOrSlug}", "/api/1/datasets/{idOrSlug}/resources/{resourceId}",
				"/api/1/datasets/r/{resourceId}", "/api/1/datasets/licenses", "/api/1/datasets/frequencies", "/api/1/datasets/badges",
				"/api/1/datasets/resource_types", "/api/1/organizations", "/api/1/organizations/{idOrSlug}",
				"/api/1/organizations/{idOrSlug}/datasets", "/api/1/reuses", "/api/1/reuses/{idOrSlug}", "/api/1/reuses/types",
				"/api/1/site")) {
			route("GET", api, everyone);
		}
		// Without a body of the right type, an allowed write answers 415: authorisation let it through.
		route("POST", "/api/1/datasets", signedInApi);
		route("PUT", "/api/1/datasets/{idOrSlug}", signedInApi);
		route("POST", "/api/1/datasets/{idOrSlug}/resources", signedInApi);
		route("POST", "/api/1/datasets/{idOrSlug}/upload", signedInApi);
		route("POST", "/api/1/reuses", signedInApi);
		route("DELETE", "/api/1/datasets/{idOrSlug}/resources/{resourceId}", courAgentsAndAdmins);
		route("DELETE", "/api/1/datasets/{idOrSlug}", courAgentsAndAdmins);
		route("DELETE", "/api/1/reuses/{idOrSlug}", courAgentsAndAdmins);
		route("POST", "/compte/cle-api", signedIn);
		route("POST", "/compte/cle-api/revocation", signedIn);
		// Procurement imports: sources and reports are public, the inbox job is the administrators', a buyer's
		// pending publication its agents'. Only an organisation with a SIRET publishes: the Cour des comptes gets
		// one here, the HATVP none (set explicitly, whatever other tests left).
		jdbc.sql("update account_organisation set siret = '11000001100019' where slug = 'cour-des-comptes'").update();
		jdbc.sql("update account_organisation set siret = null where slug = 'hatvp'").update();
		long procurementSource = jdbc.sql("""
				insert into procurement_source (code, name, priority, organisation_id)
				select 'publication-matrice-' || substr(md5(random()::text), 1, 8), 'Matrice', 0, id from account_organisation
				where slug = 'cour-des-comptes' returning id""").query(Long.class).single();
		for (String sample : List.of("{importId}", "{discardedImportId}", "{apiImportId}")) {
			samples.put(sample, jdbc.sql("""
					insert into procurement_import (source_id, file_name, file_sha256, file_size, status)
					values (?, 'matrice.json', md5(random()::text), 0, 'pending') returning id""")
				.param(procurementSource).query(String.class).single());
		}
		Map<Role, Outcome> agents = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
		Map<Role, Outcome> courAgents = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
		Map<Role, Outcome> courAgentsApi = expect(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
		route("GET", "/marches-publics/sources", everyone);
		route("GET", "/marches-publics/imports/{id}", everyone);
		route("GET", "/api/1/procurement/imports/{id}", everyone);
		route("GET", "/admin/marches-publics/imports", admins);
		route("GET", "/admin/marches-publics/imports/progression", admins);
		route("POST", "/admin/marches-publics/imports", admins);
		route("GET", "/marches-publics/publier", agents);
		route("POST", "/marches-publics/publier", courAgents);
		route("GET", "/marches-publics/publier/{id}", expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED));
		route("POST", "/marches-publics/publier/{id}/publier", courAgents);
		route("POST", "/marches-publics/publier/{id}/abandonner", courAgents);
		route("POST", "/api/1/procurement/publications", courAgentsApi);
		route("POST", "/api/1/procurement/publications/{id}/confirm", courAgentsApi);

		// Procurement observatory: pages and contracts API, open to all (the sample ids answer 404: not found is allowed).
		for (String page : List.of("/marches-publics", "/marches-publics/contrats/{id}", "/marches-publics/acheteurs/{siret}",
				"/marches-publics/titulaires/{identifier}", "/api/1/procurement/contracts", "/api/1/procurement/contracts.csv",
				"/api/1/procurement/contracts/{id}", "/api/1/procurement/buyers/{siret}", "/api/1/procurement/suppliers/{identifier}",
				"/marches-publics/territoires", "/marches-publics/territoires/departements/{code}",
				"/marches-publics/territoires/regions/{code}")) {
			route("GET", page, everyone);
		}
		// Participation: consultations. Reading is open (a draft answers 404 to those who may not edit it); agents
		// create them, and only the agents of the consulting organisation (here the Cour des comptes) or an
		// administrator manage one. The sample is an incomplete draft: publishing or closing it answers 422.
		samples.put("{consultationSlug}", jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, created_by)
				select 'matrice-' || substr(md5(random()::text), 1, 8), 'Consultation de la matrice', id, name, 'Matrice', ?
				from account_organisation where slug = 'cour-des-comptes' returning slug""").param(target.id())
			.query(String.class).single());
		Map<Role, Outcome> consultationCreators = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.ALLOWED);
		Map<Role, Outcome> consultationEditors = expect(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED);
		for (String page : List.of("/consultations", "/consultations/flux.atom", "/consultations/outils", "/consultations/{slug}",
				"/consultations/{slug}/synthese", "/consultations/{slug}/suites", "/api/1/participation/consultations",
				"/api/1/participation/consultations/{slug}")) {
			route("GET", page, everyone);
		}
		route("GET", "/consultations/nouvelle", consultationCreators);
		route("POST", "/consultations/nouvelle", consultationCreators);
		for (String page : List.of("/consultations/{slug}/modifier", "/consultations/{slug}/synthese/rediger",
				"/consultations/{slug}/suites/rediger")) {
			route("GET", page, consultationEditors);
			route("POST", page, consultationEditors);
		}
		for (String action : List.of("/consultations/{slug}/publier", "/consultations/{slug}/clore",
				"/consultations/{slug}/synthese/publier", "/consultations/{slug}/suites/publier")) {
			route("POST", action, consultationEditors);
		}
		// Participation, the dialogue forum: reading is open; agents and administrators create forums, the agents of the
		// organisation that created one (and administrators) add and take up its axes and write their restitutions;
		// anyone signed in opens threads and follows (threads are reported through /participation/signalements).
		samples.put("{forumSlug}", jdbc.sql("""
				insert into participation_forum (slug, title, theme, held_at, online, organisers, organisation_id, organisation_name, created_by)
				select 'matrice-' || substr(md5(random()::text), 1, 8), 'Matrice', 'Matrice', now(), true, 'Matrice', id, name, ?
				from account_organisation where slug = 'cour-des-comptes' returning slug""").param(target.id()).query(String.class).single());
		samples.put("{axisId}", jdbc.sql("insert into participation_forum_axis (title, created_by) values ('Matrice', ?) returning id")
			.param(target.id()).query(String.class).single());
		jdbc.sql("insert into participation_forum_session (forum_id, axis_id, position) select id, ?, 1 from participation_forum where slug = ?")
			.params(Long.parseLong(samples.get("{axisId}")), samples.get("{forumSlug}")).update();
		samples.put("{threadId}", jdbc.sql("""
				insert into participation_forum_thread (axis_id, forum_id, title, body, author_id, author_name)
				select ?, id, 'Matrice', 'Un fil pour la matrice', ?, 'Matrice' from participation_forum where slug = ? returning id""")
			.params(Long.parseLong(samples.get("{axisId}")), target.id(), samples.get("{forumSlug}")).query(String.class).single());
		for (String page : List.of("/forums", "/forums/{slug}", "/forums/{slug}/axes/{axisId}", "/forums/{slug}/fils/{threadId}")) {
			route("GET", page, everyone);
		}
		route("GET", "/forums/nouveau", publishers);
		route("POST", "/forums", publishers);
		route("GET", "/forums/abonnements", signedIn);
		for (String form : List.of("/forums/{slug}/axes", "/forums/{slug}/axes/reprise", "/forums/{slug}/axes/{axisId}/restitution")) {
			route("POST", form, answerersOfTheCour);
		}
		for (String form : List.of("/forums/{slug}/axes/{axisId}/fils", "/forums/{slug}/axes/{axisId}/abonnement",
				"/forums/{slug}/axes/{axisId}/desabonnement", "/forums/{slug}/fils/{threadId}/abonnement",
				"/forums/{slug}/fils/{threadId}/desabonnement")) {
			route("POST", form, signedIn);
		}
		// Integrity, declarations of interests: pages and downloads, open to all (the sample slug and id answer 404).
		route("GET", "/declarations", everyone);
		route("GET", "/declarations/personnes/{slug}", everyone);
		route("GET", "/api/1/integrity/declarations/declarations.xml", everyone);
		route("GET", "/api/1/integrity/declarations/{id}.xml", everyone);
		route("GET", "/api/1/integrity/declarations/csv/{slug}.csv", everyone);
		// Register of interest representatives: reading open to all (the registration form asks anonymous visitors to sign
		// in); registering for anyone signed in; amending and filing reports are checked against the representative's
		// declarants by RegisterPermissionsTest, as the sample id here is no representative's (400/404).
		for (String page : List.of("/representants-interets", "/representants-interets/{id}", "/representants-interets/flux.atom",
				"/api/1/integrity/register/representatives", "/api/1/integrity/register/representatives/{id}",
				"/api/1/integrity/register/agora_repertoire_opendata.json", "/api/1/integrity/register/csv/{slug}.csv",
				"/api/1/integrity/register/csv/Vues_Separees.zip", "/representants-interets/inscription",
				"/representants-interets/{id}/modifier", "/representants-interets/{id}/rapports/nouveau",
				"/representants-interets/rapports/{id}/activites/nouvelle")) {
			route("GET", page, everyone);
		}
		for (String form : List.of("/representants-interets", "/representants-interets/{id}/modifier",
				"/representants-interets/{id}/rapports", "/representants-interets/rapports/{id}/activites")) {
			route("POST", form, signedIn);
		}
		// The geographic zones (catalog).
		for (String api : List.of("/api/1/spatial/zones/{ids}", "/api/1/spatial/zones/suggest", "/api/1/spatial/levels")) {
			route("GET", api, everyone);
		}
		// Participation contributions: reading is open; contributing needs an account (the sample slug answers 404,
		// the sample id 400: authorisation let them through); the participation queue is the moderators'.
		for (String page : List.of("/consultations/{slug}/propositions", "/consultations/{slug}/propositions/{id}",
				"/consultations/{slug}/texte", "/consultations/{slug}/questionnaire", "/consultations/{slug}/debat",
				"/api/1/participation/consultations/{slug}/proposals",
				"/api/1/participation/consultations/{slug}/participants-votes.csv", "/api/1/participation/comments.csv",
				"/api/1/participation/comments.json")) {
			route("GET", page, everyone);
		}
		for (String form : List.of("/consultations/{slug}/propositions", "/consultations/{slug}/propositions/{id}/soutien",
				"/consultations/{slug}/questionnaire", "/consultations/{slug}/debat", "/consultations/{slug}/debat/{id}/vote",
				"/participation/signalements")) {
			route("POST", form, signedIn);
		}
		route("PUT", "/api/1/participation/proposals/{id}/support", signedInApi);
		route("DELETE", "/api/1/participation/proposals/{id}/support", signedInApi);
		route("PUT", "/api/1/participation/statements/{id}/vote", signedInApi);
		route("PUT", "/api/1/participation/questions/{id}/answer", signedInApi);
		route("GET", "/moderation/participation", moderators);
		for (String form : List.of("/moderation/participation/{type}/{id}/masquer", "/moderation/participation/{type}/{id}/retablir",
				"/moderation/participation/lot")) {
			route("POST", form, moderators);
		}
	}

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (String method : names) {
					if (!matrix.containsKey(method + " " + pattern)) {
						missing.add(method + " " + pattern);
					}
				}
			}
		}
		assertThat(missing).as("routes without a line in the permission matrix").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheMatrixSays() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : matrix.values()) {
			for (Role role : Role.values()) {
				Outcome actual = call(route, role);
				if (actual != route.expected().get(role)) {
					failures.add(route.method() + " " + route.pattern() + " as " + role + ": expected "
							+ route.expected().get(role) + ", got " + actual);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theSessionRoutesHandledBySpringSecurityAreCoveredToo() throws Exception {
		MockHttpServletResponse signIn = mvc.perform(request(HttpMethod.POST, "/connexion").with(csrf())
			.param("email", "personne@example.fr").param("password", "mauvais mot de passe")).andReturn().getResponse();
		assertThat(signIn.getRedirectedUrl()).isEqualTo("/connexion?erreur");
		MockHttpServletResponse signOut = mvc.perform(request(HttpMethod.POST, "/deconnexion").with(csrf())
			.session(Sessions.signIn(mvc, Accounts.citizen(jdbc)))).andReturn().getResponse();
		assertThat(signOut.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, "/commentaires")
			.session(sessions.get(Role.CITIZEN)).param("type", "plan-commitment").param("id", "19").param("body", "Sans jeton"))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	private Outcome call(Route route, Role role) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), concrete(route.pattern()));
		if (!route.method().equals("GET")) {
			request.with(csrf());
		}
		if (role != Role.ANONYMOUS) {
			request.session(sessions.get(role));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() == 403) {
			return Outcome.FORBIDDEN;
		}
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/connexion")) {
			return Outcome.SIGN_IN;
		}
		if (response.getStatus() == 401) {
			return Outcome.UNAUTHORIZED;
		}
		return Outcome.ALLOWED;
	}

	private String concrete(String pattern) {
		String path = pattern;
		if (path.startsWith("/api/1/organizations/")) {
			path = path.replace("{idOrSlug}", samples.get("{institution}"));
		}
		else if (path.startsWith("/api/1/reuses/")) {
			path = path.replace("{idOrSlug}", samples.get("{reuseId}"));
		}
		path = path.replace("{idOrSlug}", samples.getOrDefault("{datasetId}", "")).replace("{resourceId}",
				samples.getOrDefault("{resourceId}", ""));
		if (path.startsWith("/admin/utilisateurs/")) {
			path = path.replace("{id}", samples.get("{userId}"));
		}
		else if (path.startsWith("/admin/organisations/")) {
			path = path.replace("{id}", samples.get("{organisationId}"));
		}
		else if (path.contains("commentaires/{id}")) {
			path = path.replace("{id}", samples.get("{commentId}"));
		}
		else if (path.startsWith("/plan/institutions/")) {
			path = path.replace("{slug}", samples.get("{institution}"));
		}
		else if (path.startsWith("/catalogue/demandes/") || path.startsWith("/api/1/data-requests/")) {
			path = path.replace("{id}", samples.get("{dataRequestId}"));
		}
		else if (path.startsWith("/catalogue/service-public-de-la-donnee/calendrier/")) {
			path = path.replace("{id}", samples.get("{calendarEntryId}"));
		}
		else if (path.startsWith("/catalogue/jeux/")) {
			path = path.replace("{slug}", samples.get("{datasetSlug}")).replace("{id}", java.util.UUID.randomUUID().toString());
		}
		else if (path.startsWith("/compte/organisation/membres/")) {
			path = path.replace("{id}", samples.get("{userId}"));
		}
		else if (path.startsWith("/catalogue/reutilisations/")) {
			path = path.replace("{slug}", "matrice-" + samples.get("{reuseId}"));
		}
		else if (path.startsWith("/catalogue/moissonnage/")) {
			path = path.replace("{id}", samples.get("{harvestSourceId}"));
		}
		else if (path.startsWith("/catalogue/organisations/")) {
			path = path.replace("{slug}", samples.get("{institution}"));
		}
		else if (path.startsWith("/forums/")) {
			path = path.replace("{slug}", samples.get("{forumSlug}")).replace("{axisId}", samples.get("{axisId}"))
				.replace("{threadId}", samples.get("{threadId}"));
		}
		else if (path.startsWith("/catalogue/schemas/")) {
			path = path.replace("**", "scdl/subventions");
		}
		if (path.startsWith("/consultations/") || path.startsWith("/api/1/participation/consultations/")) {
			path = path.replace("{slug}", samples.get("{consultationSlug}"));
		}
		path = path.replace("{code}", "single-offer").replace("{type}", "proposal");
		if (path.endsWith("/abandonner")) {
			path = path.replace("{id}", samples.get("{discardedImportId}"));
		}
		else if (path.startsWith("/marches-publics/") || path.startsWith("/api/1/procurement/imports/")) {
			path = path.replace("{id}", samples.get("{importId}"));
		}
		else if (path.startsWith("/api/1/procurement/")) {
			path = path.replace("{id}", samples.get("{apiImportId}"));
		}
		path = path.replace("{ids}", "fr:commune:35238,fr:region:53").replace("{extension}", "ttl")
			.replace("{organization}", samples.get("{institution}"))
			.replace("{siret}", "21350238800019").replace("{identifier}", "21350238800019")
			.replace("{code}", pattern.contains("/regions/") ? "53" : "35");
		return path.replace("{id}", samples.get("{actionId}")).replace("{slug}", samples.get("{slug}"))
			.replace("{number}", samples.get("{number}"));
	}

	private void route(String method, String pattern, Map<Role, Outcome> expected) {
		matrix.put(method + " " + pattern, new Route(method, pattern, expected));
	}

	private static Map<Role, Outcome> expect(Outcome anonymous, Outcome citizen, Outcome agentCour, Outcome agentHatvp,
			Outcome moderator, Outcome admin) {
		Map<Role, Outcome> map = new EnumMap<>(Role.class);
		map.put(Role.ANONYMOUS, anonymous);
		map.put(Role.CITIZEN, citizen);
		map.put(Role.AGENT_COUR_DES_COMPTES, agentCour);
		map.put(Role.AGENT_HATVP, agentHatvp);
		map.put(Role.MODERATOR, moderator);
		map.put(Role.ADMIN, admin);
		return map;
	}
}
