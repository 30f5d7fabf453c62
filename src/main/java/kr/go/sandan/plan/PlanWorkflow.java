package kr.go.sandan.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the plan's page shows those who follow it of its submissions: the versions
 * submitted with their documents, the working copy's documents and the revision requests,
 * read in one statement (issue 18). The page had read them in four, the requests as
 * entities with their comments.
 */
@Component
class PlanWorkflow {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DOCUMENT = "json_build_object('i', a.id, 'd', a.document, 'f', a.file_name, 's', a.sha256)";

	private static final String SELECT = """
			select
			  (select json_agg(json_build_object('n', v.number, 't', (extract(epoch from v.submitted_at) * 1000000)::bigint,
			                     'b', v.submitted_by,
			                     'd', (select json_agg(%1$s order by a.id)
			                           from plan_version_attachment va join plan_attachment a on a.id = va.attachment_id
			                           where va.version_id = v.id))
			                   order by v.number)
			   from plan_version v where v.plan_id = p.id) as versions,
			  (select json_agg(%1$s order by a.id) from plan_attachment a where a.plan_id = p.id and a.in_working_copy)
			    as attachments,
			  (select json_agg(json_build_object('v', r.version_number,
			                     't', (extract(epoch from r.requested_at) * 1000000)::bigint, 'b', r.requested_by,
			                     'c', (select json_agg(json_build_object('s', c.section, 'c', c.comment))
			                           from plan_revision_comment c where c.request_id = r.id),
			                     'p', (select json_agg(json_build_object('n', c.project_name, 'c', c.comment) order by c.position)
			                           from plan_revision_project_comment c where c.request_id = r.id))
			                   order by r.requested_at desc, r.id desc)
			   from plan_revision_request r where r.plan_id = p.id) as requests
			from (select cast(? as bigint) as id) p"""
		.formatted(DOCUMENT);

	private final JdbcClient jdbc;

	PlanWorkflow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan's submissions and revision requests (empty lists for a plan with none).
	 */
	Submissions of(long planId) {
		return this.jdbc.sql(SELECT).param(planId).query((rs, row) -> {
			List<Version> versions = new ArrayList<>();
			for (JsonNode version : json(rs.getString("versions"))) {
				versions.add(new Version(version.get("n").asInt(), instant(version.get("t")), text(version.get("b")),
						documents(version.get("d"))));
			}
			List<Request> requests = new ArrayList<>();
			for (JsonNode request : json(rs.getString("requests"))) {
				Map<String, String> given = new LinkedHashMap<>();
				for (JsonNode comment : iterable(request.get("c"))) {
					given.put(comment.get("s").asString(), text(comment.get("c")));
				}
				// in the form's order, whatever order the rows come in
				Map<String, String> comments = new LinkedHashMap<>();
				PlanReview.COMMENT_SECTIONS.stream()
					.filter(given::containsKey)
					.forEach((section) -> comments.put(section, given.get(section)));
				comments.putAll(given);
				List<ProjectComment> projects = new ArrayList<>();
				for (JsonNode comment : iterable(request.get("p"))) {
					projects.add(new ProjectComment(text(comment.get("n")), text(comment.get("c"))));
				}
				requests.add(new Request(request.get("v").asInt(), instant(request.get("t")), text(request.get("b")),
						comments, projects));
			}
			return new Submissions(versions, documents(JSON.readTree(nullToEmpty(rs.getString("attachments")))),
					requests);
		}).single();
	}

	private static List<Document> documents(@Nullable JsonNode array) {
		List<Document> documents = new ArrayList<>();
		for (JsonNode document : iterable(array)) {
			documents.add(new Document(document.get("i").asLong(), text(document.get("d")), text(document.get("f")),
					text(document.get("s"))));
		}
		return documents;
	}

	private static Iterable<JsonNode> json(@Nullable String array) {
		return (array != null) ? JSON.readTree(array) : List.of();
	}

	private static Iterable<JsonNode> iterable(@Nullable JsonNode array) {
		return (array != null && !array.isNull()) ? array : List.of();
	}

	private static String nullToEmpty(@Nullable String array) {
		return (array != null) ? array : "[]";
	}

	private static Instant instant(JsonNode micros) {
		return Instant.EPOCH.plus(micros.asLong(), ChronoUnit.MICROS);
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	/**
	 * A plan's submissions.
	 *
	 * @param versions the versions submitted, oldest first
	 * @param attachments the working copy's documents
	 * @param requests the revision requests, newest first
	 */
	record Submissions(List<Version> versions, List<Document> attachments, List<Request> requests) {

		/** The documents of the last version submitted (none before the first). */
		List<Document> latestDocuments() {
			return this.versions.isEmpty() ? List.of() : this.versions.get(this.versions.size() - 1).documents();
		}

	}

	/** A version submitted, with the documents it was submitted with. */
	record Version(int number, Instant submittedAt, String submittedBy, List<Document> documents) {
	}

	/** A document: its kind ({@code null} for another reference), file and checksum. */
	record Document(long id, @Nullable String document, String fileName, String sha256) {
	}

	/**
	 * A revision request: the comments by section (in the form's order), then by project.
	 */
	record Request(int versionNumber, Instant requestedAt, String requestedBy, Map<String, String> comments,
			List<ProjectComment> projectComments) {
	}

	/** A comment on a requested project, by the project's name then. */
	record ProjectComment(String projectName, String comment) {
	}

}
