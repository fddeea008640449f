package fr.ouvert.catalog.harvest;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML descriptions some catalogs publish (DKAN, DCAT from CMSs) into the Markdown
 * our descriptions hold, as udata does: headings, paragraphs, lists, emphasis and links are kept,
 * other tags are dropped. Text without tags is returned as it is (it already is Markdown).
 */
public final class HtmlToMarkdown {

	private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>");

	private HtmlToMarkdown() {
	}

	public static String convert(String text) {
		if (text == null) {
			return null;
		}
		if (!TAG.matcher(text).find()) {
			return text.strip();
		}
		StringBuilder out = new StringBuilder();
		Jsoup.parseBodyFragment(text).body().childNodes().forEach(node -> append(node, out));
		return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private static void append(Node node, StringBuilder out) {
		if (node instanceof TextNode text) {
			out.append(text.text());
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		String tag = element.normalName();
		switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> block(out).append("#".repeat(tag.charAt(1) - '0'))
				.append(' ')
				.append(inline(element))
				.append("\n\n");
			case "p", "div", "section", "article", "blockquote" -> {
				block(out);
				children(element, out);
				out.append("\n\n");
			}
			case "br" -> out.append('\n');
			case "ul", "ol" -> {
				block(out);
				int number = 1;
				for (Element item : element.children()) {
					out.append(tag.equals("ol") ? number++ + ". " : "- ").append(inline(item)).append('\n');
				}
				out.append('\n');
			}
			case "b", "strong" -> out.append("**").append(inline(element)).append("**");
			case "i", "em" -> out.append('*').append(inline(element)).append('*');
			case "code" -> out.append('`').append(element.text()).append('`');
			case "a" -> {
				String href = element.attr("href");
				String label = inline(element);
				out.append(href.isEmpty() ? label : "[" + label + "](" + href + ")");
			}
			case "script", "style" -> {
			}
			default -> children(element, out);
		}
	}

	private static StringBuilder block(StringBuilder out) {
		if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
			out.append("\n\n");
		}
		return out;
	}

	private static void children(Element element, StringBuilder out) {
		element.childNodes().forEach(child -> append(child, out));
	}

	private static String inline(Element element) {
		StringBuilder out = new StringBuilder();
		children(element, out);
		return out.toString().strip();
	}
}
