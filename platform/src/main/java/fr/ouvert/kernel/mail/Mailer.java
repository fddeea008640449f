package fr.ouvert.kernel.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import fr.ouvert.kernel.config.OuvertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails. With {@code spring.mail.host} set, through that SMTP server; otherwise
 * each mail is written as an RFC 822 {@code .eml} file in {@code $OUVERT_HOME/mail/outbox}, so a
 * developer can open it (and a test can read it) without any mail server.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender smtp;
	private final Path outbox;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> smtp, OuvertProperties properties) {
		this.smtp = smtp.getIfAvailable();
		this.outbox = properties.home().resolve("mail").resolve("outbox");
		this.from = properties.mail().from();
	}

	public void send(String to, String subject, String text) {
		try {
			MimeMessage message = smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			if (smtp != null) {
				smtp.send(message);
				return;
			}
			Files.createDirectories(outbox);
			Path file = outbox.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
			log.info("No SMTP server configured: mail \"{}\" written to {}", subject, file.toAbsolutePath());
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Could not build or send the mail \"" + subject + "\"", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
