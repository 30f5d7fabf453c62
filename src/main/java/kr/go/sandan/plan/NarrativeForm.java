package kr.go.sandan.plan;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.web.FieldLabel;

/** Governance (추진체계) and the regional diagnosis, a point per line (지역 진단). */
class NarrativeForm extends SectionForm {

	/** The most diagnosis points a plan keeps. */
	static final int MAX_POINTS = 100;

	@FieldLabel("plan.section.governance.label")
	@Size(max = 1000)
	private String governance;

	@FieldLabel("plan.section.diagnosis.label")
	@Size(max = 100000)
	private String diagnosis;

	static NarrativeForm of(InnovationPlan plan) {
		NarrativeForm form = new NarrativeForm();
		form.governance = plan.getGovernance();
		form.diagnosis = String.join("\n", plan.getDiagnoses().stream().map(Diagnosis::getDescription).toList());
		form.setVersion(plan.getVersion());
		return form;
	}

	List<String> points() {
		return items(this.diagnosis, "\\R");
	}

	void check(BindingResult result) {
		checkItems(result, "diagnosis", points(), 1000, MAX_POINTS);
	}

	public String getGovernance() {
		return this.governance;
	}

	public void setGovernance(String governance) {
		this.governance = governance;
	}

	public String getDiagnosis() {
		return this.diagnosis;
	}

	public void setDiagnosis(String diagnosis) {
		this.diagnosis = diagnosis;
	}

}
