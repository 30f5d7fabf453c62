package kr.go.sandan.notification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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

}
