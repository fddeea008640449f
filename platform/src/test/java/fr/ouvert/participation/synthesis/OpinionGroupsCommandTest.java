package fr.ouvert.participation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ouvert.kernel.cli.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

class OpinionGroupsCommandTest {

	private static final Pattern ARI = Pattern.compile("Indice de Rand ajusté contre group-id de Pol.is : ([0-9.]+)");

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private int run(MockEnvironment environment, String... args) {
		return new OpinionGroupsCommand(environment).run(List.of(args),
				new PrintStream(output, true, StandardCharsets.UTF_8), Progress.silent());
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheAdjustedRandIndicesOfSeattleAndBrexitWithTwoGroups() {
		for (String conversation : List.of(PolisConversations.SEATTLE, PolisConversations.BREXIT)) {
			output.reset();
			int code = run(new MockEnvironment(), PolisConversations.folder(conversation).toString(), "--k=2");

			assertThat(code).isZero();
			Matcher ari = ARI.matcher(printed());
			assertThat(ari.find()).as(printed()).isTrue();
			assertThat(Double.parseDouble(ari.group(1)))
				.isGreaterThanOrEqualTo(conversation.equals(PolisConversations.SEATTLE) ? 0.75 : 0.85);
			assertThat(printed()).contains("2 groupe(s)", "Groupe 0", "Groupe 1", "Consensus entre les groupes");
		}
		assertThat(printed()).contains("[8] d'accord", "Labour should oppose the Brexit process.");
	}

	@Test
	void readsKFromTheSpringPropertiesTheCommandLineFillsWithDoubleDashOptions() {
		int code = run(new MockEnvironment().withProperty("k", "3"),
				PolisConversations.folder(PolisConversations.BREXIT).toString());

		assertThat(code).isZero();
		assertThat(printed()).contains("3 groupe(s)", "Groupe 2");
	}

	@Test
	void refusesAMissingFolderAndABadK() {
		assertThat(run(new MockEnvironment())).isEqualTo(2);
		assertThat(run(new MockEnvironment(), "/no/such/folder")).isEqualTo(2);
		assertThat(printed()).contains("/no/such/folder : dossier introuvable");
		assertThat(run(new MockEnvironment(), PolisConversations.folder(PolisConversations.BREXIT).toString(), "--k=deux"))
			.isEqualTo(2);
		assertThat(printed()).contains("--k=deux : un nombre de groupes entier est attendu");
	}

	@Test
	void saysWhichRecordHasTooFewFields(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("comments.csv"),
				"timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,d,0,1,0,0,1,Un\n");
		Files.writeString(folder.resolve("participants-votes.csv"),
				"participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\n0,0,0,1,1,0\n");

		assertThat(run(new MockEnvironment(), folder.toString())).isEqualTo(1);
		assertThat(printed()).contains("participants-votes.csv, record 2: 6 fields, the header has 7");
	}

	@Test
	void saysWhichRecordAndFieldOfTheExportIsWrong(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("comments.csv"),
				"timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
						+ "1,d,0,1,0,0,1,Un\n1,d,1,1,0,0,1,Deux\n");
		Files.writeString(folder.resolve("participants-votes.csv"),
				"participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n0,0,0,2,1,1,1,-1\n1,,0,2,1,0,1,oui\n");

		assertThat(run(new MockEnvironment(), folder.toString())).isEqualTo(1);
		assertThat(printed()).contains("participants-votes.csv, record 3, column '1': vote 'oui' is not 1, 0, -1 or blank");
	}
}
