package kr.go.sandan.plan;

/**
 * A section of the plan cannot be saved as written (a key task that still has projects
 * cannot be removed, a project names a task the plan does not have); the message key says
 * why, with the name it is about.
 */
public class PlanSectionException extends RuntimeException {

	private final String messageKey;

	private final String subject;

	PlanSectionException(String messageKey, String subject) {
		super(messageKey + ": " + subject);
		this.messageKey = messageKey;
		this.subject = subject;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getSubject() {
		return this.subject;
	}

}
