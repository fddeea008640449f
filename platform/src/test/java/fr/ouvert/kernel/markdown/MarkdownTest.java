package fr.ouvert.kernel.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersMarkdown() {
		assertThat(markdown.toHtml("Un **avis** et une [source](https://www.data.gouv.fr)"))
			.isEqualTo("<p>Un <strong>avis</strong> et une <a href=\"https://www.data.gouv.fr\" rel=\"nofollow noopener ugc\">source</a></p>\n");
	}

	@Test
	void rawHtmlIsEscapedNotExecuted() {
		String html = markdown.toHtml("<script>alert(1)</script><img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void dangerousLinksAreDropped() {
		String html = markdown.toHtml("[clic](javascript:alert(1)) et [data](data:text/html;base64,xx)");
		assertThat(html).doesNotContain("javascript:").doesNotContain("data:text");
	}

	@Test
	void bareAddressesBecomeLinks() {
		assertThat(markdown.toHtml("Voir https://www.legifrance.gouv.fr")).contains("<a href=\"https://www.legifrance.gouv.fr\"");
	}

	@Test
	void emptyTextGivesNothing() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  ")).isEmpty();
	}
}
