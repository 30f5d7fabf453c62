package kr.go.sandan.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The published datasets and their data dictionary: each column's name (as the CSV header
 * and the JSON field), its type, and a description (message
 * {@code opendata.column.<dataset>.<column>}).
 * <p>
 * Actuals are published only when verified in an accepted annual report; budget execution
 * only as the ministry published each year (frozen at publication), never the live
 * ledger.
 */
public enum Dataset {

	ROUNDS("rounds",
			List.of(Column.integer("year"), Column.integer("ordinal"), Column.integer("planned_designations"),
					Column.date("call_opened_on"), Column.integer("published_plans"), Column.integer("selected_plans"),
					Column.integer("designated_plans"))),

	PLANS("plans",
			List.of(Column.integer("plan_id"), Column.integer("round_year"), Column.text("region_code"),
					Column.text("region_name"), Column.text("status"), Column.date("published_on"),
					Column.date("district_start"), Column.date("district_end"), Column.text("hub_complex"),
					Column.text("main_industries"), Column.text("vision"), Column.integer("reported_project_count"))),

	SITES("sites",
			List.of(Column.integer("plan_id"), Column.integer("round_year"), Column.text("region_name"),
					Column.text("role"), Column.text("kind"), Column.integer("site_id"), Column.text("name"),
					Column.text("linkage_function"))),

	TARGETS("targets",
			List.of(Column.integer("plan_id"), Column.integer("round_year"), Column.text("region_name"),
					Column.text("source"), Column.text("metric"), Column.decimal("value"), Column.text("unit"),
					Column.integer("target_year"), Column.text("as_written"))),

	CONFIRMED_BUDGETS("confirmed-budgets", List.of(Column.integer("plan_id"), Column.integer("round_year"),
			Column.text("region_name"), Column.text("ministry"), Column.text("ministry_name"), Column.integer("year"),
			Column.decimal("national"), Column.decimal("local"), Column.decimal("private"), Column.decimal("total"))),

	VERIFIED_ACTUALS("verified-actuals",
			List.of(Column.integer("plan_id"), Column.integer("round_year"), Column.text("region_name"),
					Column.text("metric"), Column.text("unit"), Column.integer("district_year"), Column.integer("year"),
					Column.decimal("year_target"), Column.decimal("actual"), Column.decimal("attainment_percent"),
					Column.text("attainment"))),

	SMART_GREEN("smart-green-complexes",
			List.of(Column.integer("complex_id"), Column.text("complex_name"), Column.text("region_code"),
					Column.text("type"), Column.integer("year"), Column.date("announced_on"))),

	BUDGET_EXECUTION("budget-execution",
			List.of(Column.integer("year"), Column.integer("plan_id"), Column.integer("round_year"),
					Column.text("region_name"), Column.text("ministry"), Column.text("ministry_name"),
					Column.text("funding_source"), Column.decimal("confirmed"), Column.decimal("secured"),
					Column.decimal("allocated"), Column.decimal("executed"), Column.decimal("settled"),
					Column.decimal("carried_over"), Column.decimal("returned"),
					Column.decimal("execution_rate_percent"), Column.date("published_on")));

	private final String id;

	private final List<Column> columns;

	Dataset(String id, List<Column> columns) {
		this.id = id;
		this.columns = columns;
	}

	/**
	 * The dataset's name in URLs ({@code /open-data/plans.csv},
	 * {@code /api/v1/datasets/plans}).
	 */
	public String getId() {
		return this.id;
	}

	public List<Column> getColumns() {
		return this.columns;
	}

	/** The message key prefix of the dataset's title and description. */
	public String getMessageKey() {
		return "opendata.dataset." + this.id;
	}

	public static Optional<Dataset> byId(String id) {
		return Arrays.stream(values()).filter((dataset) -> dataset.id.equals(id)).findFirst();
	}

	/**
	 * A column of the data dictionary.
	 *
	 * @param name the CSV header and JSON field
	 * @param type {@code integer}, {@code decimal}, {@code text} or {@code date} (ISO
	 * 8601)
	 */
	public record Column(String name, String type) {

		static Column integer(String name) {
			return new Column(name, "integer");
		}

		static Column decimal(String name) {
			return new Column(name, "decimal");
		}

		static Column text(String name) {
			return new Column(name, "text");
		}

		static Column date(String name) {
			return new Column(name, "date");
		}

	}

}
