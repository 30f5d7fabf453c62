package kr.go.sandan.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the audit trail, newest first, filtered; two queries per page (rows and count).
 */
@Service
@Transactional(readOnly = true)
public class AuditQuery {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AuditQuery(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param actor user name (exact, case-insensitive), or empty
	 * @param action action (exact), or empty
	 * @param objectType object type (exact), or empty
	 * @param from first day (Asia/Seoul), or {@code null}
	 * @param to last day (Asia/Seoul), or {@code null}
	 */
	public Page<AuditEventRow> search(String actor, String action, String objectType, LocalDate from, LocalDate to,
			Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (StringUtils.hasText(actor)) {
			where.append(" and lower(actor) = lower(?)");
			args.add(actor.trim());
		}
		if (StringUtils.hasText(action)) {
			where.append(" and action = ?");
			args.add(action.trim());
		}
		if (StringUtils.hasText(objectType)) {
			where.append(" and object_type = ?");
			args.add(objectType.trim());
		}
		if (from != null) {
			where.append(" and occurred_at >= ?");
			args.add(from.atStartOfDay(SEOUL).toOffsetDateTime());
		}
		if (to != null) {
			where.append(" and occurred_at < ?");
			args.add(to.plusDays(1).atStartOfDay(SEOUL).toOffsetDateTime());
		}
		Long total = this.jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<AuditEventRow> rows = this.jdbc.query("""
				select id, occurred_at, actor, source, action, object_type, object_id,
				       before_state::text before_state, after_state::text after_state, detail
				from audit_event""" + where + " order by occurred_at desc, id desc limit ? offset ?",
				(rs, i) -> new AuditEventRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
						rs.getString("actor"), rs.getString("source"), rs.getString("action"),
						rs.getString("object_type"), rs.getString("object_id"), rs.getString("before_state"),
						rs.getString("after_state"), rs.getString("detail"),
						changes(rs.getString("before_state"), rs.getString("after_state"))),
				pageArgs.toArray());
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	/**
	 * The fields of the states before and after, in the order they were recorded (the
	 * before state's first), each with its two values as text.
	 */
	List<AuditEventRow.Change> changes(String before, String after) {
		Map<String, String> old = fields(before);
		Map<String, String> now = fields(after);
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		return names.stream().map((name) -> new AuditEventRow.Change(name, old.get(name), now.get(name))).toList();
	}

	private Map<String, String> fields(String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (json == null) {
			return fields;
		}
		JsonNode node = this.json.readTree(json);
		if (!node.isObject()) {
			fields.put("", text(node));
			return fields;
		}
		node.properties().forEach((entry) -> fields.put(entry.getKey(), text(entry.getValue())));
		return fields;
	}

	/**
	 * A recorded value as people read it: lists one item after another, maps as "key:
	 * value".
	 */
	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(text(item)));
			return String.join(", ", items);
		}
		if (value.isObject()) {
			List<String> items = new ArrayList<>();
			value.properties().forEach((entry) -> items.add(entry.getKey() + ": " + text(entry.getValue())));
			return String.join("; ", items);
		}
		return value.asString();
	}

	/** The distinct actions recorded so far, for the filter. */
	public List<String> actions() {
		return this.jdbc.queryForList("select distinct action from audit_event order by action", String.class);
	}

}
