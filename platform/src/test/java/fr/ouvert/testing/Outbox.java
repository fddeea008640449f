package fr.ouvert.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Reads the mails the platform wrote to its outbox (no SMTP server configured in the tests). */
public final class Outbox {

	/** A mail as received. */
	public record Mail(String to, String subject, String body) {

		/** The first link of the body starting with this address. */
		public String link(String start) {
			Matcher matcher = Pattern.compile(Pattern.quote(start) + "\\S+").matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("No link " + start + " in: " + body);
			}
			return matcher.group();
		}
	}

	private Outbox() {
	}

	public static List<Mail> to(Path home, String address) {
		Path outbox = home.resolve("mail").resolve("outbox");
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.sorted().map(Outbox::read).filter(m -> m.to().equalsIgnoreCase(address)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Mail read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			Address[] to = message.getAllRecipients();
			return new Mail(to[0].toString(), message.getSubject(), message.getContent().toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Unreadable mail " + file, e);
		}
	}
}
