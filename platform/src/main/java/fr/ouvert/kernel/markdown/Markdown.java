package fr.ouvert.kernel.markdown;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Renders text written by users (comments, descriptions) from Markdown to HTML that is safe to
 * insert in a page: raw HTML in the source is escaped by the renderer, then the output goes
 * through an allow-list sanitiser (links get {@code rel="nofollow noopener"}, only http, https and
 * mailto links survive).
 */
@Component
public class Markdown {

	private static final Safelist SAFELIST = Safelist.basic()
		.addTags("h3", "h4", "h5", "h6")
		.addEnforcedAttribute("a", "rel", "nofollow noopener ugc")
		.removeProtocols("a", "href", "ftp");

	private final Parser parser = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(List.of(AutolinkExtension.create()))
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/** Markdown to sanitised HTML; {@code null} gives an empty string. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = renderer.render(parser.parse(markdown));
		return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false));
	}
}
