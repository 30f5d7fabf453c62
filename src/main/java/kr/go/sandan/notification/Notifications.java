package kr.go.sandan.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications people find in the portal (on their start page and
 * {@code /notifications}). Each event notifies each person once, whatever calls it twice;
 * a notification is written in the same transaction as the change it tells of. When an
 * SMTP server is configured, each new notification is also mailed once, after that
 * transaction commits, to people who have an e-mail address ({@link NotificationMailer}).
 * The notification module's public API.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	Notifications(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Tells every enabled staff account of the region.
	 * @param eventKey what happened, unique per event (e.g. {@code plan:12:revision:2})
	 * @param messageKey the message ({@code notification.*}) with the subject as its
	 * argument
	 * @param subject what it is about, e.g. "부산광역시 2031년 산단혁신계획"
	 * @param link where to read more, a path of the portal
	 * @return how many people were newly notified
	 */
	public int notifyRegion(long regionId, String eventKey, String messageKey, String subject, String link) {
		return notify("""
				select a.id from account a
				where a.region_id = ? and a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'REGION')""",
				new Object[] { regionId }, eventKey, messageKey, subject, link);
	}

	/**
	 * Tells every enabled staff account of every region (a call announced, its deadline
	 * moved); the arguments are those of {@link #notifyRegion}.
	 */
	public int notifyAllRegions(String eventKey, String messageKey, String subject, String link) {
		return notify("""
				select a.id from account a
				where a.region_id is not null and a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'REGION')""",
				new Object[0], eventKey, messageKey, subject, link);
	}

	/**
	 * Tells every enabled ministry officer (a plan resubmitted, every score sheet in, a
	 * decision waiting to be published).
	 */
	public int notifyMinistry(String eventKey, String messageKey, String subject, String link) {
		return notify(
				"""
						select a.id from account a
						where a.enabled and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'MINISTRY')""",
				new Object[0], eventKey, messageKey, subject, link);
	}

	/** Tells the given people, if their accounts are enabled (an evaluator assigned). */
	public int notifyAccounts(Collection<Long> accountIds, String eventKey, String messageKey, String subject,
			String link) {
		if (accountIds.isEmpty()) {
			return 0;
		}
		String placeholders = String.join(", ", java.util.Collections.nCopies(accountIds.size(), "?"));
		return notify("select a.id from account a where a.enabled and a.id in (" + placeholders + ")",
				accountIds.toArray(), eventKey, messageKey, subject, link);
	}

	/** Writes the notification for everyone the query names who was not told before. */
	private int notify(String recipients, Object[] arguments, String eventKey, String messageKey, String subject,
			String link) {
		Object[] all = new Object[arguments.length + 4];
		all[0] = eventKey;
		all[1] = messageKey;
		all[2] = subject;
		all[3] = link;
		System.arraycopy(arguments, 0, all, 4, arguments.length);
		// only the rows this call inserted come back: people told of the event before are
		// neither notified nor mailed again
		List<Long> created = this.jdbc.queryForList("""
				insert into notification (account_id, event_key, message_key, subject, link)
				select recipient.id, ?, ?, ?, ? from (%s) recipient
				on conflict on constraint uq_notification_event do nothing
				returning id""".formatted(recipients), Long.class, all);
		if (!created.isEmpty()) {
			mailAfterCommit(created);
		}
		return created.size();
	}

	/**
	 * Hands the new rows to the mailer once the transaction commits, all of one
	 * transaction together: a publication that tells 17 regions makes one mailing pass
	 * (one SMTP connection, one wait if the server is down), not 17. Nothing when it
	 * rolls back.
	 */
	private void mailAfterCommit(List<Long> created) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.events.publishEvent(new NotificationsCreated(created));
			return;
		}
		PendingMail pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(PendingMail.class::isInstance)
			.map(PendingMail.class::cast)
			.findFirst()
			.orElseGet(() -> {
				PendingMail mail = new PendingMail(this.events);
				TransactionSynchronizationManager.registerSynchronization(mail);
				return mail;
			});
		pending.ids.addAll(created);
	}

	/** The notifications a transaction wrote, mailed after it commits. */
	private static final class PendingMail implements TransactionSynchronization {

		private final ApplicationEventPublisher events;

		private final List<Long> ids = new ArrayList<>();

		PendingMail(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Override
		public void afterCommit() {
			this.events.publishEvent(new NotificationsCreated(this.ids));
		}

	}

	/** A notification as its reader sees it. */
	public record Notification(long id, String messageKey, String subject, String link, Instant createdAt,
			boolean read) {
	}

	/** The person's latest notifications, newest first (one query). */
	@Transactional(readOnly = true)
	public List<Notification> latest(long accountId, int limit) {
		return this.jdbc.query("""
				select id, message_key, subject, link, created_at, read_at is not null from notification
				where account_id = ? order by created_at desc, id desc limit ?""",
				(rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getBoolean(6)),
				accountId, limit);
	}

	/** The person's unread notifications, newest first (one query). */
	@Transactional(readOnly = true)
	public List<Notification> unread(long accountId) {
		return latest(accountId, 100).stream().filter((notification) -> !notification.read()).toList();
	}

	/**
	 * Marks one of the person's notifications read; answers its link, or null when not
	 * theirs.
	 */
	public String open(long accountId, long notificationId) {
		List<String> links = this.jdbc.queryForList("""
				update notification set read_at = coalesce(read_at, now())
				where id = ? and account_id = ? returning link""", String.class, notificationId, accountId);
		return links.isEmpty() ? null : links.get(0);
	}

	public void markAllRead(long accountId) {
		this.jdbc.update("update notification set read_at = now() where account_id = ? and read_at is null", accountId);
	}

}
