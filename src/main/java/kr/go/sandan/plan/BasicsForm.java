package kr.go.sandan.plan;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.web.FieldLabel;

/** The plan's vision and main industries (개요). */
class BasicsForm extends SectionForm {

	/** The most main industries a plan lists. */
	static final int MAX_INDUSTRIES = 30;

	@FieldLabel("plan.section.vision")
	@Size(max = 500)
	private String vision;

	/** Comma- or line-separated, as the release writes them. */
	@FieldLabel("plan.section.mainIndustries")
	@Size(max = 4000)
	private String mainIndustries;

	static BasicsForm of(InnovationPlan plan) {
		BasicsForm form = new BasicsForm();
		form.vision = plan.getVision();
		form.mainIndustries = String.join(", ", plan.getMainIndustries());
		form.setVersion(plan.getVersion());
		return form;
	}

	List<String> industries() {
		return items(this.mainIndustries, "[,\\n]");
	}

	void check(BindingResult result) {
		checkItems(result, "mainIndustries", industries(), 100, MAX_INDUSTRIES);
	}

	public String getVision() {
		return this.vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getMainIndustries() {
		return this.mainIndustries;
	}

	public void setMainIndustries(String mainIndustries) {
		this.mainIndustries = mainIndustries;
	}

}
