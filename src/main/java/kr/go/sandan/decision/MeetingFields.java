package kr.go.sandan.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The meeting's date and chair as the decision forms send them; what is missing is put in
 * {@code errors} under the field's name.
 */
record MeetingFields(LocalDate heldOn, String chair) {

	static MeetingFields read(Map<String, String> params, Map<String, String> errors) {
		LocalDate heldOn = null;
		try {
			heldOn = LocalDate.parse(params.getOrDefault("heldOn", ""));
		}
		catch (DateTimeParseException ex) {
			errors.put("heldOn", "decision.heldOn.required");
		}
		String chair = params.getOrDefault("chair", "").strip();
		if (chair.isEmpty()) {
			errors.put("chair", "decision.chair.required");
		}
		return new MeetingFields(heldOn, chair);
	}

}
