package kr.go.sandan.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.DynamicPropertySource;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an SMTP server configured, each new notification is mailed once to its reader when
 * they have an address, after the change commits; a failing server costs the mail, never
 * the change. The only test class with {@code spring.mail.host}: it has a Spring context
 * of its own (on the same database).
 */
@PortalTest
@RecordApplicationEvents
@Import(CountingDataSource.class)
class NotificationMailTest {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(true);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("portal.base-url", () -> "https://sandan.example.kr/");
		registry.add("portal.mail.from", () -> "알림 <notice@sandan.example.kr>");
	}

	@Autowired
	private Notifications notifications;

	@Autowired
	private NotificationMailer mailer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JavaMailSender sender;

	@Autowired
	private MessageSource messages;

	@Autowired
	private NotificationMailProperties properties;

	@Autowired
	private ApplicationEvents events;

	private long jeju;

	private String run;

	@BeforeEach
	void region() {
		// no demo account works for Jeju, and every test here makes its own staff
		this.jeju = this.jdbc.queryForObject("select id from region where code = 'JEJU'", Long.class);
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void eachPersonWithAnAddressGetsOneMailPerEventHoweverOftenItIsTold() throws Exception {
		long withAddress = staff("mail-" + this.run, "mail-" + this.run + "@jeju.example.kr", true);
		long withoutAddress = staff("nomail-" + this.run, null, true);
		long disabled = staff("gone-" + this.run, "gone-" + this.run + "@jeju.example.kr", false);
		String event = "test:mail:" + this.run;

		assertThat(notifyJeju(event, "제주특별자치도 " + this.run + " 계획")).isGreaterThanOrEqualTo(2);
		assertThat(notifyJeju(event, "제주특별자치도 " + this.run + " 계획")).isZero();
		this.mailer.awaitMailing();

		List<MimeMessage> mails = mailsTo("mail-" + this.run + "@jeju.example.kr");
		assertThat(mails).hasSize(1);
		assertThat(mailsTo("gone-" + this.run + "@jeju.example.kr")).isEmpty();
		// without an address: told in the portal all the same; disabled: not told at all
		assertThat(rows(withAddress, event)).isEqualTo(1);
		assertThat(rows(withoutAddress, event)).isEqualTo(1);
		assertThat(rows(disabled, event)).isZero();
		assertThat(mailedAt(withAddress, event)).isTrue();
		assertThat(mailedAt(withoutAddress, event)).isFalse();

		// a retry of the mailing itself sends nothing more: the row is marked
		long id = this.jdbc.queryForObject("select id from notification where account_id = ? and event_key = ?",
				Long.class, withAddress, event);
		this.mailer.mail(new NotificationsCreated(List.of(id)));
		assertThat(mailsTo("mail-" + this.run + "@jeju.example.kr")).hasSize(1);
	}

	@Test
	void theNotifyingRequestHoldsOneConnectionWhileTheMailGoesOut() throws Exception {
		String address = "once-" + this.run + "@jeju.example.kr";
		staff("once-" + this.run, address, true);
		CountingDataSource.reset();
		// the person's action on this thread, as a request's
		assertThat(notifyJeju("test:once:" + this.run, "한 연결의 계획")).isPositive();
		// mailed on a thread of its own: mailing on the request's, after its commit and
		// before its connection went back, had held two at once for as long as the SMTP
		// server took (up to 25 s), and a deadline day's submissions would have emptied
		// the pool for everyone
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).isEqualTo(1);
		this.mailer.awaitMailing();
		assertThat(mailsTo(address)).hasSize(1);
	}

	@Test
	void theMailSaysWhatHappenedInKoreanThenEnglishWithALinkIntoThePortal() throws Exception {
		String address = "read-" + this.run + "@jeju.example.kr";
		staff("read-" + this.run, address, true);
		String subject = "제주특별자치도 2031년 산단혁신계획 " + this.run;
		this.notifications.notifyRegion(this.jeju, "test:content:" + this.run, "notification.revisionRequested",
				subject, "/plans/42/edit");
		this.mailer.awaitMailing();

		MimeMessage mail = mailsTo(address).get(0);
		String korean = subject + "에 대해 부처가 보완을 요청했습니다.";
		String english = "The ministry asks for revisions to " + subject + ".";
		assertThat(mail.getSubject()).isEqualTo("[산업단지 대개조] " + korean);
		assertThat((InternetAddress) mail.getFrom()[0])
			.extracting(InternetAddress::getAddress, InternetAddress::getPersonal)
			.containsExactly("notice@sandan.example.kr", "알림");
		assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
			.isEqualTo("제주 담당 read-" + this.run);
		String body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).contains(korean, english, "https://sandan.example.kr/plans/42/edit", "포털에서 보기");
		assertThat(body.indexOf(korean)).isLessThan(body.indexOf(english));
	}

	@Test
	void whatOneTransactionTellsIsMailedInOnePassAfterItCommits() throws Exception {
		String address = "pass-" + this.run + "@jeju.example.kr";
		long person = staff("pass-" + this.run, address, true);
		// one action that tells of two events (a publication tells 17 regions)
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			notifyJeju("test:pass:" + this.run + ":1", "제주 계획 1");
			notifyJeju("test:pass:" + this.run + ":2", "제주 계획 2");
			assertThat(this.events.stream(NotificationsCreated.class)).as("nothing before the commit").isEmpty();
		});
		List<Long> rows = this.jdbc.queryForList(
				"select id from notification where account_id = ? and event_key like ?", Long.class, person,
				"test:pass:" + this.run + ":%");
		assertThat(rows).hasSize(2);
		assertThat(this.events.stream(NotificationsCreated.class)).singleElement()
			.satisfies((pass) -> assertThat(pass.ids()).containsAll(rows));
		this.mailer.awaitMailing();
		assertThat(mailsTo(address)).hasSize(2);
	}

	@Test
	void aChangeThatIsRolledBackMailsNothing() throws Exception {
		long person = staff("undone-" + this.run, "undone-" + this.run + "@jeju.example.kr", true);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			notifyJeju("test:undone:" + this.run, "취소된 계획");
			status.setRollbackOnly();
		});
		assertThat(rows(person, "test:undone:" + this.run)).isZero();
		this.mailer.awaitMailing();
		assertThat(mailsTo("undone-" + this.run + "@jeju.example.kr")).isEmpty();
	}

	@Test
	void whenTheMailServerIsDownTheChangeIsKeptAndTheNotificationStaysUnmailed() throws Exception {
		long person = staff("down-" + this.run, "down-" + this.run + "@jeju.example.kr", true);
		String event = "test:down:" + this.run;
		smtp.stop();
		// the person's action: its own change and the notification, in one transaction
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		int told = transaction.execute((status) -> {
			this.jdbc.update("update account set display_name = ? where id = ?", "제주 담당 (변경) " + this.run, person);
			return notifyJeju(event, "서버가 멈춘 날의 계획");
		});
		assertThat(told).isPositive();
		// the mail was tried and failed
		this.mailer.awaitMailing();
		assertThat(this.jdbc.queryForObject("select display_name from account where id = ?", String.class, person))
			.isEqualTo("제주 담당 (변경) " + this.run);
		assertThat(rows(person, event)).isEqualTo(1);
		assertThat(mailedAt(person, event)).isFalse();

		// the row can still be mailed later, once
		smtp.start();
		long id = this.jdbc.queryForObject("select id from notification where account_id = ? and event_key = ?",
				Long.class, person, event);
		this.mailer.mail(new NotificationsCreated(List.of(id)));
		this.mailer.mail(new NotificationsCreated(List.of(id)));
		assertThat(mailsTo("down-" + this.run + "@jeju.example.kr")).hasSize(1);
		assertThat(mailedAt(person, event)).isTrue();
	}

	@Test
	void whenSomeMailsFailOnlyThoseStayUnmailedAndGoOutLater() throws Exception {
		long kept = staff("kept-" + this.run, "kept-" + this.run + "@jeju.example.kr", true);
		long bounced = staff("bounced-" + this.run, "bounced-" + this.run + "@jeju.example.kr", true);
		String event = "test:partial:" + this.run;
		// told without mail first (the notifying transaction is not the subject here)
		TransactionTemplate quiet = new TransactionTemplate(this.transactionManager);
		quiet.executeWithoutResult((status) -> this.jdbc.update("""
				insert into notification (account_id, event_key, message_key, subject, link, created_at)
				select id, ?, 'notification.revisionRequested', '부분 실패 계획', '/me', now()
				from account where id in (?, ?)""", event, kept, bounced));
		List<Long> ids = this.jdbc.queryForList("select id from notification where event_key = ? order by id",
				Long.class, event);

		// the SMTP server refuses one of the two messages
		JavaMailSender refusing = new JavaMailSender() {
			@Override
			public MimeMessage createMimeMessage() {
				return NotificationMailTest.this.sender.createMimeMessage();
			}

			@Override
			public MimeMessage createMimeMessage(java.io.InputStream content) {
				return NotificationMailTest.this.sender.createMimeMessage(content);
			}

			@Override
			public void send(org.springframework.mail.SimpleMailMessage... messages) {
				throw new UnsupportedOperationException("the portal sends MIME messages");
			}

			@Override
			public void send(MimeMessage... messages) {
				Map<Object, Exception> failed = new LinkedHashMap<>();
				for (MimeMessage message : messages) {
					try {
						String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
						if (to.startsWith("bounced-")) {
							failed.put(message, new MessagingException("550 mailbox unavailable"));
						}
						else {
							NotificationMailTest.this.sender.send(message);
						}
					}
					catch (MessagingException ex) {
						throw new IllegalStateException(ex);
					}
				}
				if (!failed.isEmpty()) {
					throw new MailSendException(failed);
				}
			}
		};
		new NotificationMailer(refusing, this.jdbc, this.transactionManager, this.messages, this.properties)
			.mail(new NotificationsCreated(ids));
		assertThat(mailsTo("kept-" + this.run + "@jeju.example.kr")).hasSize(1);
		assertThat(mailsTo("bounced-" + this.run + "@jeju.example.kr")).isEmpty();
		assertThat(mailedAt(kept, event)).isTrue();
		assertThat(mailedAt(bounced, event)).isFalse();

		// mailed again later: only the one that failed goes out, once
		this.mailer.mail(new NotificationsCreated(ids));
		assertThat(mailsTo("kept-" + this.run + "@jeju.example.kr")).hasSize(1);
		assertThat(mailsTo("bounced-" + this.run + "@jeju.example.kr")).hasSize(1);
		assertThat(mailedAt(bounced, event)).isTrue();
	}

	private int notifyJeju(String event, String subject) {
		return this.notifications.notifyRegion(this.jeju, event, "notification.revisionRequested", subject, "/me");
	}

	/** A REGION account of Jeju, made by this test. */
	private long staff(String username, String email, boolean enabled) {
		long id = this.jdbc.queryForObject("""
				insert into account (username, display_name, password_hash, region_id, email, enabled)
				values (?, ?, '{noop}unused-in-this-test', ?, ?, ?) returning id""", Long.class, username,
				"제주 담당 " + username, this.jeju, email, enabled);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'REGION')", id);
		return id;
	}

	private int rows(long account, String event) {
		return this.jdbc.queryForObject("select count(*) from notification where account_id = ? and event_key = ?",
				Integer.class, account, event);
	}

	private boolean mailedAt(long account, String event) {
		return this.jdbc.queryForObject(
				"select mailed_at is not null from notification where account_id = ? and event_key = ?", Boolean.class,
				account, event);
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return Arrays.stream(mail.getAllRecipients())
					.anyMatch((to) -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
