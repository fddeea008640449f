package fr.ouvert.participation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import fr.ouvert.account.Organisations;
import fr.ouvert.participation.synthesis.PolisExport;
import fr.ouvert.participation.synthesis.SynthesisDraft;
import fr.ouvert.participation.synthesis.SynthesisHelpers;
import fr.ouvert.participation.synthesis.VoteMatrix;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo consultation is the real Pol.is conversation on Brexit: every statement (rejected ones hidden), every vote
 * of the export under no account, counters equal to the votes, closed without a synthesis (overdue), and the synthesis
 * helpers find Pol.is's consensus in it.
 */
class PolisDemoConsultationTest extends PlatformTest {

	@Autowired
	private PolisDemoConsultation demo;

	@Autowired
	private Organisations organisations;

	@Autowired
	private SynthesisHelpers helpers;

	@Test
	void theConversationBecomesAClosedConsultationWithEveryVote() throws Exception {
		PolisExport export = PolisExport.read(Path.of("../demo-data/participation/brexit-consensus"));
		VoteMatrix matrix = export.votes();
		long seen = 0;
		for (int row = 0; row < matrix.participantCount(); row++) {
			seen += matrix.voteCount(row);
		}
		long rejected = export.comments().values().stream().filter(c -> c.moderated() == -1).count();

		demo.importConversation(organisations.findBySlug(PolisDemoConsultation.ORGANISATION).orElseThrow());

		long consultation = jdbc.sql("select id from participation_consultation where slug = ?")
			.param(PolisDemoConsultation.SLUG).query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from participation_statement where consultation_id = ?").param(consultation)
			.query(Long.class).single()).isEqualTo(50);
		assertThat(jdbc.sql("select count(*) from participation_statement where consultation_id = ? and hidden_at is not null")
			.param(consultation).query(Long.class).single()).isEqualTo(rejected);
		assertThat(jdbc.sql("""
				select count(*) from participation_statement_vote v join participation_statement s on s.id = v.statement_id
				where s.consultation_id = ? and v.account_id < 0""").param(consultation).query(Long.class).single())
			.isEqualTo(seen).isGreaterThan(4000);
		assertThat(jdbc.sql("""
				select sum(agree_count + disagree_count + pass_count) from participation_statement where consultation_id = ?""")
			.param(consultation).query(Long.class).single()).isEqualTo(seen);

		mvc.perform(get("/api/1/participation/consultations/" + PolisDemoConsultation.SLUG))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consultation.phase").value("closed"))
			.andExpect(jsonPath("$.consultation.overdue").value(true));

		SynthesisDraft draft = helpers.draft(consultation);
		assertThat(draft.counts().voters()).isEqualTo(matrix.participantCount());
		assertThat(draft.opinions().groups()).hasSizeGreaterThanOrEqualTo(2);
		// Pol.is's most consensual statement: "Northern Ireland / Republic of Ireland border is a huge issue…"
		assertThat(draft.opinions().consensus()).extracting(SynthesisDraft.ConsensusStatement::text)
			.anyMatch(text -> text.contains("border"));
	}
}
