package kr.go.sandan.annual;

/**
 * A rule of the annual evaluation was broken; the message key says which, and the field
 * (of the form that was sent) it belongs to, if any.
 */
public class AnnualRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	AnnualRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field the message belongs beside; {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
