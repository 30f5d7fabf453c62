package kr.go.sandan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions kept in memory (CachedSessionRepository) behave as sessions read from
 * PostgreSQL at every request would: what one request writes, the next one reads; what
 * another instance writes or deletes counts here within
 * {@link CachedSessionRepository#VERIFIED_FOR}; nothing one request does to a kept value
 * reaches another request; a session signed out elsewhere is not brought back by a late
 * write.
 */
@PortalTest
class SessionCacheTest {

	private static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

	@Autowired
	JdbcIndexedSessionRepository store;

	@Autowired
	JdbcTemplate jdbc;

	/** Two portal instances on the one database. */
	CachedSessionRepository<?> here;

	CachedSessionRepository<?> there;

	@BeforeEach
	void twoInstances() {
		this.here = new CachedSessionRepository<>(this.store, this.jdbc, 100);
		this.there = new CachedSessionRepository<>(this.store, this.jdbc, 100);
	}

	private static SecurityContext signedIn(String name) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
	}

	private String newSession(CachedSessionRepository<?> repository, String name, Object value) {
		return save(repository, repository.createSession(), name, value);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static String save(CachedSessionRepository repository, CachedSessionRepository.CachedSession session,
			String name, Object value) {
		session.setAttribute(name, value);
		repository.save(session);
		return session.getId();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void save(CachedSessionRepository repository, CachedSessionRepository.CachedSession session) {
		repository.save(session);
	}

	private long version(String id) {
		return this.jdbc.queryForObject("select attributes_version from spring_session where session_id = ?",
				Long.class, id);
	}

	private static void waitUntilStale() throws InterruptedException {
		Thread.sleep(CachedSessionRepository.VERIFIED_FOR.toMillis() + 100);
	}

	@Test
	void whatARequestWritesTheNextOneReadsOnEveryInstance() throws Exception {
		String id = newSession(this.here, CONTEXT, signedIn("ministry"));
		assertThat(this.here.findById(id).<SecurityContext>getAttribute(CONTEXT).getAuthentication().getName())
			.isEqualTo("ministry");
		assertThat(this.there.findById(id).<String>getAttribute("lang")).isNull();

		// a request here adds an attribute: the next request here sees it at once
		save(this.here, this.here.findById(id), "lang", "en");
		assertThat(this.here.findById(id).<String>getAttribute("lang")).isEqualTo("en");
		// there, once its kept copy is older than VERIFIED_FOR
		waitUntilStale();
		assertThat(this.there.findById(id).<String>getAttribute("lang")).isEqualTo("en");
		assertThat(this.there.findById(id).getAttributeNames()).containsExactlyInAnyOrder(CONTEXT, "lang");

		// removing counts the same way
		var session = this.there.findById(id);
		session.removeAttribute("lang");
		save(this.there, session);
		assertThat(this.there.findById(id).<String>getAttribute("lang")).isNull();
		waitUntilStale();
		assertThat(this.here.findById(id).<String>getAttribute("lang")).isNull();
		assertThat(this.here.findById(id).<SecurityContext>getAttribute(CONTEXT)).isNotNull();
	}

	@Test
	void aSessionSignedOutElsewhereIsGoneAndStaysGone() throws Exception {
		String id = newSession(this.here, CONTEXT, signedIn("ministry"));
		var late = this.here.findById(id);
		assertThat(this.there.findById(id)).isNotNull();

		this.there.deleteById(id);
		assertThat(this.there.findById(id)).isNull();
		waitUntilStale();
		assertThat(this.here.findById(id)).isNull();

		// a request that read the session before the sign-out writes nothing back
		late.setAttribute("lang", "en");
		save(this.here, late);
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.isZero();
		assertThat(this.here.findById(id)).isNull();
	}

	@Test
	void theVersionMovesWithEveryAttributeWriteAndNotWithATouch() {
		String id = newSession(this.here, "a", "1");
		long created = version(id);
		assertThat(created).isPositive();
		save(this.here, this.here.findById(id), "a", "2");
		long updated = version(id);
		assertThat(updated).isGreaterThan(created);
		var session = this.here.findById(id);
		session.removeAttribute("a");
		save(this.here, session);
		assertThat(version(id)).isGreaterThan(updated);

		long before = version(id);
		this.jdbc.update("update spring_session set last_access_time = last_access_time + 120000 where session_id = ?",
				id);
		assertThat(version(id)).isEqualTo(before);
	}

	@Test
	void whatOneRequestChangesInAKeptValueNoOtherRequestSees() {
		ArrayList<String> messages = new ArrayList<>(List.of("저장했습니다."));
		String id = newSession(this.here, "messages", messages);
		this.here.findById(id).<List<String>>getAttribute("messages").clear();
		assertThat(this.here.findById(id).<List<String>>getAttribute("messages")).containsExactly("저장했습니다.");

		save(this.here, this.here.findById(id), CONTEXT, signedIn("ministry"));
		SecurityContext first = this.here.findById(id).getAttribute(CONTEXT);
		first.setAuthentication(null);
		assertThat(this.here.findById(id).<SecurityContext>getAttribute(CONTEXT).getAuthentication().getName())
			.isEqualTo("ministry");
	}

	@Test
	void theLastAccessIsWrittenAtMostOnceAMinute() {
		String id = newSession(this.here, "a", "1");
		this.jdbc.update("update spring_session set last_access_time = ? where session_id = ?",
				Instant.now().minusSeconds(30).toEpochMilli(), id);
		waitUntilStaleQuietly();
		var recent = this.here.findById(id);
		recent.setLastAccessedTime(Instant.now());
		save(this.here, recent);
		long kept = this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, id);
		assertThat(Instant.ofEpochMilli(kept)).isBefore(Instant.now().minusSeconds(20));

		this.jdbc.update("update spring_session set last_access_time = ? where session_id = ?",
				Instant.now().minusSeconds(90).toEpochMilli(), id);
		waitUntilStaleQuietly();
		var old = this.here.findById(id);
		Instant now = Instant.now();
		old.setLastAccessedTime(now);
		save(this.here, old);
		assertThat(this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, id))
			.isEqualTo(now.toEpochMilli());
	}

	@Test
	void anExpiredSessionIsNotFoundAndIsDeleted() {
		String id = newSession(this.here, "a", "1");
		this.jdbc.update(
				"update spring_session set last_access_time = ?, max_inactive_interval = 60 where session_id = ?",
				Instant.now().minus(Duration.ofMinutes(2)).toEpochMilli(), id);
		waitUntilStaleQuietly();
		assertThat(this.here.findById(id)).isNull();
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aNewIdKeepsTheSessionAndRetiresTheOldOne() {
		String id = newSession(this.here, CONTEXT, signedIn("ministry"));
		var session = this.here.findById(id);
		String changed = session.changeSessionId();
		session.setAttribute("lang", "en");
		save(this.here, session);
		assertThat(changed).isNotEqualTo(id);
		assertThat(this.here.findById(id)).isNull();
		assertThat(this.there.findById(id)).isNull();
		var moved = this.there.findById(changed);
		assertThat(moved.<String>getAttribute("lang")).isEqualTo("en");
		assertThat(moved.<SecurityContext>getAttribute(CONTEXT).getAuthentication().getName()).isEqualTo("ministry");
	}

	@Test
	void aTouchDueJustAsTheSessionGetsANewIdDoesNotBringTheOldIdBack() {
		String id = newSession(this.here, CONTEXT, signedIn("ministry"));
		this.jdbc.update("update spring_session set last_access_time = ? where session_id = ?",
				Instant.now().minusSeconds(90).toEpochMilli(), id);
		waitUntilStaleQuietly();
		// another instance: while it saves a request's touch, the person signs in here
		// and
		// the session gets a new id (session fixation protection), at the worst moment:
		// right after that instance reads the session from the store, or right before it
		// writes to the database, whichever it does first
		AtomicReference<Runnable> meanwhile = new AtomicReference<>();
		Runnable fire = () -> {
			Runnable once = meanwhile.getAndSet(null);
			if (once != null) {
				once.run();
			}
		};
		JdbcTemplate writes = new JdbcTemplate(this.jdbc.getDataSource()) {
			@Override
			public int update(String sql, Object... args) {
				fire.run();
				return super.update(sql, args);
			}
		};
		var late = new CachedSessionRepository<>(new AfterEachRead(this.store, fire), writes, 100);
		var request = late.findById(id);
		AtomicReference<String> newId = new AtomicReference<>();
		meanwhile.set(() -> {
			var signingIn = this.here.findById(id);
			newId.set(signingIn.changeSessionId());
			save(this.here, signingIn);
		});
		request.setLastAccessedTime(Instant.now());
		save(late, request);

		assertThat(newId.get()).as("the sign-in happened during the save").isNotNull();
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.as("the id the person had before signing in is retired for good")
			.isZero();
		assertThat(
				this.there.findById(newId.get()).<SecurityContext>getAttribute(CONTEXT).getAuthentication().getName())
			.as("the session goes on under its new id")
			.isEqualTo("ministry");
	}

	/** A store that runs {@code afterRead} each time it has read a session. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class AfterEachRead implements FindByIndexNameSessionRepository {

		private final FindByIndexNameSessionRepository store;

		private final Runnable afterRead;

		AfterEachRead(FindByIndexNameSessionRepository store, Runnable afterRead) {
			this.store = store;
			this.afterRead = afterRead;
		}

		@Override
		public Session createSession() {
			return this.store.createSession();
		}

		@Override
		public void save(Session session) {
			this.store.save(session);
		}

		@Override
		public Session findById(String id) {
			Session session = this.store.findById(id);
			this.afterRead.run();
			return session;
		}

		@Override
		public void deleteById(String id) {
			this.store.deleteById(id);
		}

		@Override
		public Map findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

	private static void waitUntilStaleQuietly() {
		try {
			waitUntilStale();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
