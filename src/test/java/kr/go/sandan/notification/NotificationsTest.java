package kr.go.sandan.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One event notifies each of a region's staff once, however often it is told. */
class NotificationsTest extends WorkflowTestSupport {

	@Autowired
	private Notifications notifications;

	@Autowired
	private ApplicationContext context;

	@Test
	void anEventNotifiesEachRegionalStaffMemberOnceAndIsReadByOpeningIt() throws Exception {
		long gyeongbuk = this.jdbc.queryForObject("select id from region where code = 'GYEONGBUK'", Long.class);
		long staff = this.jdbc
			.queryForObject("select count(*) from account a join account_role r on r.account_id = a.id "
					+ "where a.region_id = ? and r.role = 'REGION' and a.enabled", Long.class, gyeongbuk);
		assertThat(this.notifications.notifyRegion(gyeongbuk, "test:once", "notification.revisionRequested", "경상북도 계획",
				"/me"))
			.isEqualTo((int) staff)
			.isPositive();
		assertThat(this.notifications.notifyRegion(gyeongbuk, "test:once", "notification.revisionRequested", "경상북도 계획",
				"/me"))
			.isZero();
		long account = this.evaluations.accountId("region-gyeongbuk");
		var unread = this.notifications.unread(account);
		assertThat(unread).filteredOn((n) -> n.subject().equals("경상북도 계획")).hasSize(1);
		long id = unread.stream().filter((n) -> n.subject().equals("경상북도 계획")).findFirst().orElseThrow().id();
		this.mvc.perform(get("/notifications").with(this.accounts.as("region-gyeongbuk"))).andExpect(status().isOk());
		this.mvc.perform(post("/notifications/" + id + "/open").with(csrf()).with(this.accounts.as("region-gyeongbuk")))
			.andExpect(redirectedUrl("/me"));
		assertThat(this.notifications.unread(account)).noneMatch((n) -> n.id() == id);
		// nobody else's, and never without CSRF
		this.mvc.perform(post("/notifications/" + id + "/open").with(this.accounts.as("region-gyeongbuk")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
	}

	@Test
	void withoutAMailServerNothingIsMailedAndPeopleAreStillNotifiedInThePortal() {
		assertThat(this.context.getEnvironment().getProperty("spring.mail.host")).isNull();
		assertThat(this.context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(NotificationMailer.class)).isEmpty();
		// a person with an address, in a region no demo account works for
		String username = "chungbuk-mail-" + UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select id from region where code = 'CHUNGBUK'", Long.class);
		long account = this.jdbc.queryForObject("""
				insert into account (username, display_name, password_hash, region_id, email)
				values (?, '충북 담당', '{noop}unused', ?, ?) returning id""", Long.class, username, region,
				username + "@chungbuk.example.kr");
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'REGION')", account);
		assertThat(this.notifications.notifyRegion(region, "test:nomail:" + username, "notification.revisionRequested",
				"충청북도 계획", "/me"))
			.isPositive();
		assertThat(this.notifications.unread(account)).extracting(Notifications.Notification::subject)
			.containsExactly("충청북도 계획");
		assertThat(this.jdbc.queryForObject("select mailed_at from notification where account_id = ?",
				OffsetDateTime.class, account))
			.isNull();
	}

}
