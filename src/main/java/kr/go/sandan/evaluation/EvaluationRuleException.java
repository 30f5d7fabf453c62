package kr.go.sandan.evaluation;

/**
 * A rule of the evaluation was broken; the message key says which, in Korean and English.
 */
public class EvaluationRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public EvaluationRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** What the message names (regions, counts), in order. */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
