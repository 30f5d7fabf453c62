package kr.go.sandan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions of Spring Session JDBC, kept deserialized in memory between requests.
 *
 * <p>
 * A signed-in request used to read its session from PostgreSQL, deserialize the security
 * context and write the session back, in two transactions: five times the work of the
 * page itself for a simple page (docs/performance.md). Now each request asks PostgreSQL
 * one small question, by the session's unique index: is the session still there, and has
 * any of its attributes changed since it was read ({@code attributes_version}, kept by a
 * trigger of V18 whichever portal instance writes)? Only when it has is the session read
 * again. So a sign-out, an account an administrator signed out, or a new CSRF token made
 * by another instance counts at the very next request, as before.
 *
 * <p>
 * Writes go to the store as before: when a request changes an attribute, its id or its
 * timeout, the session is read afresh from the store, the request's changes are applied
 * to it and it is saved. The last access time is written at most once a minute (as V17's
 * trigger already did), with one statement by the session's id: a request that read the
 * session just before a sign-in gave it a new id cannot write the old id back.
 *
 * <p>
 * Attribute values a request could change in place (a list of flash messages, say) are
 * kept serialized and deserialized per request; values that cannot be changed in place
 * (strings, numbers, the CSRF token) are shared; the security context is copied around
 * its (immutable) authentication.
 *
 * @param <S> the store's sessions
 */
final class CachedSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<CachedSessionRepository<S>.CachedSession> {

	/**
	 * How long a kept session is used without asking the store whether it changed: a
	 * change made through another portal instance counts here at most this much later.
	 */
	static final Duration VERIFIED_FOR = Duration.ofSeconds(1);

	/**
	 * The last access time is written when it is at least this much newer than stored.
	 */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/**
	 * A touch: the last access time and the expiry time that follows from it (as Spring
	 * Session computes it), by the session's id, never backwards.
	 */
	private static final String TOUCH_STATEMENT = """
			update spring_session
			   set last_access_time = ?,
			       expiry_time = case when max_inactive_interval < 0 then 9223372036854775807
			                          else ? + max_inactive_interval * 1000::bigint end
			 where session_id = ? and last_access_time < ?
			""";

	private static final String CURRENT_STATE_QUERY = """
			select attributes_version, last_access_time, max_inactive_interval
			  from spring_session where session_id = ?
			""";

	private final FindByIndexNameSessionRepository<S> store;

	private final JdbcOperations jdbc;

	private final Cache<String, Snapshot> snapshots;

	/**
	 * When a session was deleted or written here ({@link System#nanoTime()}): a copy read
	 * before that is not kept.
	 */
	private final Cache<String, Long> removed = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer = new DeserializingConverter(
			CachedSessionRepository.class.getClassLoader());

	CachedSessionRepository(FindByIndexNameSessionRepository<S> store, JdbcOperations jdbc, int maximumSessions) {
		this.store = store;
		this.jdbc = jdbc;
		this.snapshots = Caffeine.newBuilder()
			.maximumSize(maximumSessions)
			.expireAfterAccess(Duration.ofHours(2))
			.build();
	}

	@Override
	public CachedSession createSession() {
		return new CachedSession(this.store.createSession(), true);
	}

	@Override
	public void save(CachedSession session) {
		if (!session.needsWrite()) {
			return;
		}
		if (session.isTouchOnly()) {
			// one statement by the id, not a read and a write: a request that read the
			// session just before its id changed (a sign-in) cannot write the old id back
			long lastAccess = session.getLastAccessedTime().toEpochMilli();
			this.jdbc.update(TOUCH_STATEMENT, lastAccess, lastAccess, session.getId(), lastAccess);
			session.written();
			return;
		}
		S stored = session.storedForWrite();
		if (stored != null) {
			this.store.save(stored);
		}
		session.written();
	}

	/** Spring Session's ids are UUIDs; anything else cannot be one of ours. */
	static boolean isSessionId(String id) {
		if (id == null || id.length() != 36) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-')) {
				return false;
			}
		}
		return true;
	}

	@Override
	public CachedSession findById(String id) {
		if (!isSessionId(id)) {
			// a forged cookie (NUL, control characters, kilobytes of text) names no
			// session: it is not sent to the database, which would refuse it with an
			// error
			return null;
		}
		long now = System.nanoTime();
		Snapshot snapshot = this.snapshots.getIfPresent(id);
		if (snapshot == null || !snapshot.isVerifiedSince(now - VERIFIED_FOR.toNanos())) {
			StoredState state = this.jdbc.query(CURRENT_STATE_QUERY,
					(rows) -> rows.next() ? new StoredState(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
							Duration.ofSeconds(rows.getInt(3))) : null,
					id);
			if (state == null) {
				forget(id);
				return null;
			}
			snapshot = (snapshot != null && snapshot.version() == state.version()) ? snapshot.verified(state, now)
					: read(id, state, now);
			if (snapshot == null) {
				forget(id);
				return null;
			}
			keep(id, snapshot, now);
		}
		if (snapshot.state().isExpired(Instant.now())) {
			deleteById(id);
			return null;
		}
		return new CachedSession(id, snapshot);
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
		forget(id);
	}

	/**
	 * Keeps a copy read by a request that started at {@code readFrom}, unless the session
	 * was deleted or changed here since (atomically with {@link #forget}).
	 */
	private void keep(String id, Snapshot snapshot, long readFrom) {
		this.snapshots.asMap().compute(id, (key, kept) -> {
			Long gone = this.removed.getIfPresent(key);
			return (gone != null && gone - readFrom >= 0) ? null : snapshot;
		});
	}

	/**
	 * Drops the kept copy, and keeps any request that read it before from putting it
	 * back.
	 */
	private void forget(String id) {
		this.removed.put(id, System.nanoTime());
		this.snapshots.asMap().remove(id);
	}

	@Override
	public Map<String, CachedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, CachedSession> sessions = new LinkedHashMap<>();
		this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> sessions.put(id, new CachedSession(stored, false)));
		return sessions;
	}

	/**
	 * Reads a session from the store and keeps what can be kept of it. The version was
	 * read before, so a change in between makes the copy look older than it is, never
	 * newer.
	 */
	private Snapshot read(String id, StoredState state, long now) {
		S stored = this.store.findById(id);
		if (stored == null) {
			return null;
		}
		Map<String, Object> shared = new HashMap<>();
		Map<String, byte[]> serialized = new HashMap<>();
		for (String name : stored.getAttributeNames()) {
			Object value = stored.getAttribute(name);
			if (value == null) {
				continue;
			}
			if (isShareable(value)) {
				shared.put(name, value);
			}
			else {
				serialized.put(name, this.serializer.convert(value));
			}
		}
		return new Snapshot(state.version(), stored.getCreationTime(), Map.copyOf(shared), Map.copyOf(serialized),
				state, now);
	}

	/**
	 * Values that no request can change in place, so every request may have the same one.
	 */
	private static boolean isShareable(Object value) {
		return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof CsrfToken || value instanceof SecurityContextImpl;
	}

	/** The value a request gets of a shared value. */
	private static Object forRequest(Object shared) {
		if (shared instanceof SecurityContext context) {
			// a request may set another authentication on its context; not on everyone's
			return new SecurityContextImpl(context.getAuthentication());
		}
		return shared;
	}

	/** Whether a session last used then, with that timeout, has expired by now. */
	private static boolean expired(Instant lastAccessedTime, Duration maxInactiveInterval, Instant now) {
		return !maxInactiveInterval.isNegative() && !now.isBefore(lastAccessedTime.plus(maxInactiveInterval));
	}

	/** What one query tells of a stored session. */
	private record StoredState(long version, Instant lastAccessedTime, Duration maxInactiveInterval) {

		boolean isExpired(Instant now) {
			return expired(this.lastAccessedTime, this.maxInactiveInterval, now);
		}

	}

	/**
	 * A session as read from the store at some attribute version, and its stored state as
	 * last checked ({@code verifiedAt}, {@link System#nanoTime()}).
	 */
	private record Snapshot(long version, Instant creationTime, Map<String, Object> shared,
			Map<String, byte[]> serialized, StoredState state, long verifiedAt) {

		boolean has(String name) {
			return this.shared.containsKey(name) || this.serialized.containsKey(name);
		}

		boolean isVerifiedSince(long nanoTime) {
			return this.verifiedAt - nanoTime >= 0;
		}

		Snapshot verified(StoredState state, long nanoTime) {
			return new Snapshot(this.version, this.creationTime, this.shared, this.serialized, state, nanoTime);
		}

		Snapshot touched(Instant lastAccessedTime) {
			return new Snapshot(this.version, this.creationTime, this.shared, this.serialized,
					new StoredState(this.state.version(), lastAccessedTime, this.state.maxInactiveInterval()),
					this.verifiedAt);
		}

	}

	/**
	 * One request's session: the kept copy and what the request changes, or, for a new
	 * session or one just read for a write, the store's session itself.
	 */
	final class CachedSession implements Session {

		private static final Object REMOVED = new Object();

		private final String originalId;

		private String id;

		private final Snapshot snapshot;

		private final Instant creationTime;

		private Instant storedLastAccessedTime;

		private Instant lastAccessedTime;

		private Duration maxInactiveInterval;

		/**
		 * Values this request has deserialized or set ({@link #REMOVED} when removed).
		 */
		private final Map<String, Object> values = new HashMap<>();

		/** The attributes this request set or removed. */
		private final Set<String> changed = new LinkedHashSet<>();

		private boolean intervalChanged;

		/** The store's session, once there is one: new, or read for a write. */
		private S stored;

		/**
		 * Whether the store's session has changes not saved yet (a new one always has).
		 */
		private boolean unsaved;

		/** Whether the store no longer has this session (signed out elsewhere). */
		private boolean gone;

		private CachedSession(String id, Snapshot snapshot) {
			this.originalId = id;
			this.id = id;
			this.snapshot = snapshot;
			this.creationTime = snapshot.creationTime();
			this.storedLastAccessedTime = snapshot.state().lastAccessedTime();
			this.lastAccessedTime = snapshot.state().lastAccessedTime();
			this.maxInactiveInterval = snapshot.state().maxInactiveInterval();
		}

		private CachedSession(S stored, boolean isNew) {
			this.originalId = stored.getId();
			this.id = stored.getId();
			this.snapshot = null;
			this.creationTime = stored.getCreationTime();
			this.storedLastAccessedTime = stored.getLastAccessedTime();
			this.lastAccessedTime = stored.getLastAccessedTime();
			this.maxInactiveInterval = stored.getMaxInactiveInterval();
			this.stored = stored;
			this.unsaved = isNew;
		}

		@Override
		public String getId() {
			return this.id;
		}

		@Override
		public String changeSessionId() {
			S target = storedForWrite();
			this.id = (target != null) ? target.changeSessionId() : UUID.randomUUID().toString();
			return this.id;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getAttribute(String name) {
			if (this.stored != null) {
				return this.stored.getAttribute(name);
			}
			Object value = this.values.get(name);
			if (value == null && this.snapshot != null) {
				Object shared = this.snapshot.shared().get(name);
				if (shared != null) {
					value = forRequest(shared);
				}
				else if (this.snapshot.serialized().containsKey(name)) {
					value = CachedSessionRepository.this.deserializer.convert(this.snapshot.serialized().get(name));
				}
				if (value != null) {
					this.values.put(name, value);
				}
			}
			return (value == REMOVED) ? null : (T) value;
		}

		@Override
		public Set<String> getAttributeNames() {
			if (this.stored != null) {
				return this.stored.getAttributeNames();
			}
			Set<String> names = new LinkedHashSet<>(this.snapshot.shared().keySet());
			names.addAll(this.snapshot.serialized().keySet());
			this.values.forEach((name, value) -> {
				if (value == REMOVED) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return names;
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
				return;
			}
			this.values.put(name, value);
			this.changed.add(name);
			if (this.stored != null) {
				this.stored.setAttribute(name, value);
				this.unsaved = true;
			}
		}

		@Override
		public void removeAttribute(String name) {
			boolean present = (this.stored != null) ? this.stored.getAttribute(name) != null
					: (this.values.containsKey(name) ? this.values.get(name) != REMOVED : this.snapshot.has(name));
			if (!present) {
				return;
			}
			this.values.put(name, REMOVED);
			this.changed.add(name);
			if (this.stored != null) {
				this.stored.removeAttribute(name);
				this.unsaved = true;
			}
		}

		@Override
		public Instant getCreationTime() {
			return this.creationTime;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessedTime = lastAccessedTime;
			if (this.stored != null) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.lastAccessedTime;
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.maxInactiveInterval = interval;
			this.intervalChanged = true;
			if (this.stored != null) {
				this.stored.setMaxInactiveInterval(interval);
				this.unsaved = true;
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.maxInactiveInterval;
		}

		@Override
		public boolean isExpired() {
			return expired(this.lastAccessedTime, this.maxInactiveInterval, Instant.now());
		}

		/** Whether saving this session has anything to write. */
		private boolean needsWrite() {
			if (this.gone) {
				return false;
			}
			if (this.unsaved || (this.stored == null && (!this.changed.isEmpty() || this.intervalChanged))) {
				return true;
			}
			return !this.lastAccessedTime.isBefore(this.storedLastAccessedTime.plus(TOUCH_INTERVAL));
		}

		/**
		 * Whether all there is to write is the last access time: nothing set, removed or
		 * re-timed, the same id, nothing read from the store for a write yet.
		 */
		private boolean isTouchOnly() {
			return this.stored == null && this.changed.isEmpty() && !this.intervalChanged
					&& this.id.equals(this.originalId);
		}

		/**
		 * The store's session with this request's changes applied, read afresh the first
		 * time; {@code null} when the store no longer has it (nothing is then written: a
		 * session signed out elsewhere stays signed out).
		 */
		private S storedForWrite() {
			if (this.stored == null && !this.gone) {
				S fresh = CachedSessionRepository.this.store.findById(this.id);
				if (fresh == null) {
					this.gone = true;
					return null;
				}
				for (String name : this.changed) {
					Object value = this.values.get(name);
					if (value == REMOVED) {
						fresh.removeAttribute(name);
					}
					else {
						fresh.setAttribute(name, value);
					}
				}
				if (this.intervalChanged) {
					fresh.setMaxInactiveInterval(this.maxInactiveInterval);
				}
				fresh.setLastAccessedTime(this.lastAccessedTime);
				this.stored = fresh;
				this.unsaved = true;
			}
			return this.stored;
		}

		/**
		 * After a save: nothing left to write. A kept copy of this session is dropped
		 * when an attribute, the id or the timeout changed (the next request reads the
		 * session again); after a mere touch it only learns the new last access time.
		 */
		private void written() {
			this.unsaved = false;
			this.storedLastAccessedTime = this.lastAccessedTime;
			Cache<String, Snapshot> kept = CachedSessionRepository.this.snapshots;
			if (this.changed.isEmpty() && !this.intervalChanged && this.id.equals(this.originalId)) {
				kept.asMap().computeIfPresent(this.id, (id, copy) -> copy.touched(this.lastAccessedTime));
			}
			else {
				forget(this.originalId);
				forget(this.id);
			}
		}

	}

}
