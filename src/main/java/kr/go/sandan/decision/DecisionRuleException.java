package kr.go.sandan.decision;

/** A rule of the committee's decisions was broken; the message key says which. */
public class DecisionRuleException extends RuntimeException {

	private final String messageKey;

	public DecisionRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
