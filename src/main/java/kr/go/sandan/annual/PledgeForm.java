package kr.go.sandan.annual;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * The conflict-of-interest pledge: the evaluator agrees, and declares a conflict with any
 * district (saying what it is).
 */
public class PledgeForm {

	@AssertTrue
	private boolean agree;

	private List<@Valid Declaration> declarations = new ArrayList<>();

	/** A district and whether the evaluator declares a conflict with it. */
	public static class Declaration {

		private Long subjectId;

		private boolean conflict;

		@Size(max = 1000)
		private String detail;

		public Long getSubjectId() {
			return this.subjectId;
		}

		public void setSubjectId(Long subjectId) {
			this.subjectId = subjectId;
		}

		public boolean isConflict() {
			return this.conflict;
		}

		public void setConflict(boolean conflict) {
			this.conflict = conflict;
		}

		public String getDetail() {
			return this.detail;
		}

		public void setDetail(String detail) {
			this.detail = detail;
		}

	}

	static PledgeForm of(List<AnnualViews.Subject> subjects) {
		PledgeForm form = new PledgeForm();
		for (AnnualViews.Subject subject : subjects) {
			Declaration row = new Declaration();
			row.subjectId = subject.id();
			form.declarations.add(row);
		}
		return form;
	}

	public boolean isAgree() {
		return this.agree;
	}

	public void setAgree(boolean agree) {
		this.agree = agree;
	}

	public List<Declaration> getDeclarations() {
		return this.declarations;
	}

	public void setDeclarations(List<Declaration> declarations) {
		this.declarations = declarations;
	}

}
