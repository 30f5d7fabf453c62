package kr.go.sandan.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store: a second first write of one attribute (two pages of one person at
 * once) updates it instead of failing; a session touched again within a minute is not
 * rewritten, any other change is.
 */
@PortalTest
class SessionStoreTest {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcTemplate jdbc;

	private String newSession() {
		String id = UUID.randomUUID().toString();
		this.jdbc.update("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time) values (?, ?, 0, 1000000, 3600, 4600000)""", id, id);
		return id;
	}

	private long lastAccess(String id) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where primary_id = ?", Long.class,
				id);
	}

	@Test
	void theSameAttributeWrittenTwiceIsUpdated() {
		assertThat((String) ReflectionTestUtils.getField(this.sessions, "createSessionAttributeQuery"))
			.contains("ON CONFLICT");
		String id = newSession();
		String query = SessionStoreConfiguration.CREATE_SESSION_ATTRIBUTE_QUERY.replace("%TABLE_NAME%",
				"SPRING_SESSION");
		this.jdbc.update(query, id, "token", new byte[] { 1 });
		this.jdbc.update(query, id, "token", new byte[] { 2 });
		assertThat(this.jdbc.queryForObject(
				"select attribute_bytes from spring_session_attributes where session_primary_id = ?", byte[].class, id))
			.containsExactly(2);
	}

	@Test
	void aSessionTouchedWithinAMinuteIsNotRewritten() {
		String id = newSession();
		String touch = "update spring_session set last_access_time = ?, expiry_time = ? + 3600000 where primary_id = ?";
		this.jdbc.update(touch, 1030000L, 1030000L, id);
		assertThat(lastAccess(id)).isEqualTo(1000000);
		this.jdbc.update(touch, 1070000L, 1070000L, id);
		assertThat(lastAccess(id)).isEqualTo(1070000);
		// a sign-in (a principal) is always written
		this.jdbc.update(
				"update spring_session set principal_name = 'ministry', last_access_time = 1071000 where primary_id = ?",
				id);
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where primary_id = ?",
				String.class, id))
			.isEqualTo("ministry");
	}

}
