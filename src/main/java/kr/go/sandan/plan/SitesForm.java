package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.complex.ComplexType;
import kr.go.sandan.complex.LinkedAreaKind;

import kr.go.sandan.web.FieldLabel;

/** Linked complexes and areas (연계단지·연계지역), a row each; blank rows are ignored. */
class SitesForm extends RowsForm<SitesForm.Row> {

	/** The most linked sites a plan names. */
	static final int MAX_ROWS = 50;

	static SitesForm of(InnovationPlan plan) {
		SitesForm form = new SitesForm();
		for (LinkedSite site : plan.getLinkedSites()) {
			Row row = new Row();
			if (site.isComplex()) {
				row.complexId = site.getComplex().getId();
			}
			else {
				row.kind = site.getArea().getKind().name();
				row.name = site.getArea().getName();
			}
			row.linkage = site.getLinkageFunction();
			form.getRows().add(row);
		}
		form.setVersion(plan.getVersion());
		form.addBlankRows(SPARE_ROWS);
		return form;
	}

	@Override
	public int maxRows() {
		return MAX_ROWS;
	}

	@Override
	Row blankRow() {
		return new Row();
	}

	@Override
	boolean isBlank(Row row) {
		return row.isBlank();
	}

	/** The kinds a row may have: a complex, or a kind of linked area. */
	static List<String> kinds() {
		List<String> kinds = new ArrayList<>(List.of("COMPLEX"));
		Arrays.stream(LinkedAreaKind.values()).map(Enum::name).forEach(kinds::add);
		return kinds;
	}

	/** A linked site needs its kind, a complex or a name, and its linkage function. */
	void check(BindingResult result) {
		checkRowCount(result);
		for (int i = 0; i < getRows().size(); i++) {
			Row row = getRows().get(i);
			if (row == null || isBlank(row)) {
				continue;
			}
			if (!kinds().contains(row.kind)) {
				result.rejectValue("rows[" + i + "].kind", "plan.error.siteKind");
			}
			boolean named = row.name != null && !row.name.isBlank();
			if (!named && !("COMPLEX".equals(row.kind) && row.complexId != null)
					&& !result.hasFieldErrors("rows[" + i + "].name")) {
				result.rejectValue("rows[" + i + "].name", "plan.error.siteName");
			}
			if ((row.linkage == null || row.linkage.isBlank()) && !result.hasFieldErrors("rows[" + i + "].linkage")) {
				result.rejectValue("rows[" + i + "].linkage", "plan.error.siteLinkage");
			}
		}
	}

	List<DraftContent.Site> content() {
		return filled().stream()
			.map((row) -> new DraftContent.Site(row.kind, "COMPLEX".equals(row.kind) ? row.complexId : null,
					trimmed(row.name), row.complexType, trimmed(row.linkage)))
			.toList();
	}

	/**
	 * A linked complex or area: {@code kind} is COMPLEX or a linked-area kind; a complex
	 * is chosen by id or named (then added), an area is named.
	 */
	public static class Row {

		@FieldLabel("plan.edit.site.kind")
		private String kind = "COMPLEX";

		@FieldLabel("plan.edit.site.complex")
		private Long complexId;

		@FieldLabel("plan.edit.site.name")
		@Size(max = 100)
		private String name = "";

		@FieldLabel("plan.edit.newHubType")
		private ComplexType complexType;

		@FieldLabel("plan.edit.site.linkage")
		@Size(max = 500)
		private String linkage = "";

		boolean isBlank() {
			return this.complexId == null && (this.name == null || this.name.isBlank())
					&& (this.linkage == null || this.linkage.isBlank());
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public Long getComplexId() {
			return this.complexId;
		}

		public void setComplexId(Long complexId) {
			this.complexId = complexId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public ComplexType getComplexType() {
			return this.complexType;
		}

		public void setComplexType(ComplexType complexType) {
			this.complexType = complexType;
		}

		public String getLinkage() {
			return this.linkage;
		}

		public void setLinkage(String linkage) {
			this.linkage = linkage;
		}

	}

}
