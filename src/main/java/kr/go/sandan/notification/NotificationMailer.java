package kr.go.sandan.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails new notifications to the people who have an e-mail address, once the transaction
 * that wrote them has committed (a rolled-back change mails nothing). Exists only when an
 * SMTP server is configured ({@code spring.mail.host}, which is also when Spring Boot
 * creates the {@link JavaMailSender}).
 * <p>
 * A notification is mailed at most once: {@code mailed_at} is set when its mail went out,
 * and rows that have it are never mailed again. Mail is a courtesy beside the portal's
 * own notification: when the SMTP server fails, the person's action has already
 * succeeded, a warning is logged and the rows stay unmailed.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	// mailed rows are never mailed again; rows locked by another sender are theirs
	private static final String UNMAILED = """
			select n.id, n.message_key, n.subject, n.link, a.email, a.display_name
			from notification n join account a on a.id = n.account_id
			where n.id = any(?) and n.mailed_at is null and a.email is not null and a.enabled
			order by n.id
			for update of n skip locked""";

	private final JavaMailSender sender;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final NotificationMailProperties properties;

	/** The mailing thread (see {@link #mailLater}). */
	private final ExecutorService mailing = Executors.newSingleThreadExecutor(mailingThreads());

	NotificationMailer(JavaMailSender sender, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			MessageSource messages, NotificationMailProperties properties) {
		this.sender = sender;
		this.jdbc = jdbc;
		// the notifying transaction has committed: marking rows needs a transaction of
		// its own
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Published by {@link Notifications} once the notifying transaction has committed:
	 * handed to the mailing thread. Mailed on the notifying request's thread, the mail
	 * took a second connection (the committed transaction's goes back only after its
	 * synchronisations) and held both for as long as the SMTP server took, up to 25 s
	 * with the timeouts set: a deadline day's submissions, each telling the ministry,
	 * would have emptied the pool for everyone (issue 18). One thread: mail holds one
	 * connection at most, whatever the server's speed, and goes out in order.
	 */
	@EventListener
	void mailLater(NotificationsCreated created) {
		try {
			this.mailing.execute(() -> mail(created));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the rows stay unmailed, as when the server fails
			log.warn("Notifications {} were not mailed: the portal is stopping", created.ids());
		}
	}

	/** Waits until every mailing handed over so far has run (at most 30 s; tests). */
	void awaitMailing() throws InterruptedException, ExecutionException, TimeoutException {
		this.mailing.submit(() -> {
		}).get(30, TimeUnit.SECONDS);
	}

	private static CustomizableThreadFactory mailingThreads() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("notification-mail-");
		threads.setDaemon(true);
		return threads;
	}

	/** Lets the mail handed over go out (for up to 30 s) before the portal stops. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.mailing.shutdown();
		if (!this.mailing.awaitTermination(30, TimeUnit.SECONDS)) {
			log.warn("Notification mail still going out at shutdown was given up; its rows stay unmailed");
			this.mailing.shutdownNow();
		}
	}

	/** Mails the notifications now, on the calling thread. */
	void mail(NotificationsCreated created) {
		try {
			this.transactions.executeWithoutResult((status) -> mail(created.ids()));
		}
		catch (RuntimeException ex) {
			// never let mail trouble reach the person whose action has already been saved
			log.warn("Notifications {} were not mailed: {}", created.ids(), ex.toString());
		}
	}

	private record Unmailed(long id, String messageKey, String subject, String link, String email, String displayName) {
	}

	private void mail(List<Long> ids) {
		List<Unmailed> rows = this.jdbc.query(UNMAILED, (rs, i) -> new Unmailed(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), (Object) ids.toArray(Long[]::new));
		if (rows.isEmpty()) {
			return;
		}
		// a MimeMessage is equal to itself only, as in the failures of MailSendException
		Map<MimeMessage, Long> byMessage = new LinkedHashMap<>();
		for (Unmailed row : rows) {
			try {
				byMessage.put(message(row), row.id());
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				log.warn("Notification {} was not mailed to {}: {}", row.id(), row.email(), ex.toString());
			}
		}
		if (byMessage.isEmpty()) {
			return;
		}
		Set<Object> failed = Set.of();
		try {
			this.sender.send(byMessage.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			failed = ex.getFailedMessages().keySet();
			log.warn("{} of {} notification mails were not sent: {}", failed.size(), byMessage.size(), ex.toString());
		}
		catch (MailException ex) {
			log.warn("Notification mails were not sent: {}", ex.toString());
			return;
		}
		List<Long> sent = new ArrayList<>();
		for (Map.Entry<MimeMessage, Long> entry : byMessage.entrySet()) {
			if (!failed.contains(entry.getKey())) {
				sent.add(entry.getValue());
			}
		}
		if (!sent.isEmpty()) {
			this.jdbc.update("update notification set mailed_at = now() where id = any(?) and mailed_at is null",
					(Object) sent.toArray(Long[]::new));
		}
	}

	/**
	 * Korean first, then English: the subject of the message, the message itself and the
	 * absolute link to it.
	 */
	private MimeMessage message(Unmailed row) throws MessagingException, UnsupportedEncodingException {
		String korean = text(row.messageKey(), row.subject(), Locale.KOREAN);
		String english = text(row.messageKey(), row.subject(), Locale.ENGLISH);
		String link = this.properties.link(row.link());
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mail().from());
		helper.setTo(new InternetAddress(row.email(), row.displayName(), StandardCharsets.UTF_8.name()));
		helper.setSubject(text("notification.mail.subject", korean, Locale.KOREAN));
		helper.setText(text("notification.mail.body", new Object[] { korean, link }, Locale.KOREAN) + "\n\n---\n\n"
				+ text("notification.mail.body", new Object[] { english, link }, Locale.ENGLISH));
		return message;
	}

	private String text(String key, String argument, Locale locale) {
		return text(key, new Object[] { argument }, locale);
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
